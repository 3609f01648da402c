import fc from 'fast-check';
import type { MailMessage } from '../../../src/core/message.ts';

// Input a hostile or broken mail can carry: random Unicode, the words and marks the rules
// look for (so the fuzzer reaches deep into each pattern), and long runs of one token, the
// shape that makes a backtracking pattern quadratic.

// Fragments of what the rules match: greetings, quote headers, labels, units, numbers, links.
export const RULE_TOKENS = [
  'Dear Sir',
  'Hello Manager',
  'Dear Ms. Li',
  'Best regards',
  'Thanks and best regards',
  '-- ',
  '> ',
  '>> ',
  'On Mon, 3 Mar 2025 Ana wrote:',
  '-----Original Message-----',
  '---------- Forwarded message ---------',
  'From: ',
  'Subject: ',
  'Message: ',
  'Buyer: ',
  'Name: ',
  'E-mail: ',
  'Country/Region: ',
  'Re: ',
  '回复: ',
  'please quote ',
  'we need ',
  'view the purchase order ',
  'download ',
  'Purchaseorder.pdf',
  'MOQ ',
  'FOB Ningbo',
  'CIF ',
  'T/T 30% deposit',
  'L/C at sight',
  '500 pcs',
  '1,000,000.00',
  '0,',
  '40HQ',
  '2 x 40ft containers every month',
  'USD 12,500',
  'BV-50',
  'Model: ',
  'item no. ',
  'art-',
  '30x40x10 cm',
  'SS304',
  'Pantone 186C',
  'your quotation no. ',
  'order no. ',
  'free samples',
  'western union',
  'attendees list',
  'https://',
  'http://',
  'www.',
  'xn--',
  '.com',
  '@',
  '%40',
  '?email=',
  'https://eur02.safelinks.protection.outlook.com/?url=',
  'https://www.google.com/url?q=',
  'https://urldefense.com/v3/__',
  '<a href="',
  '</a>',
  'а',
  'ı',
  '1',
  '-',
  '.',
  ',',
  ':',
  '\t',
  ' ',
  '\n',
  '\n\n',
  '\r\n',
];

export const token = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...RULE_TOKENS) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
);

// Text a mail might hold: tokens strung together, a few hundred at most.
export const mailText = fc.array(token, { maxLength: 200 }).map((parts) => parts.join(''));

// One token repeated to a length where a quadratic pattern would take seconds.
export const longRun = fc
  .tuple(fc.constantFrom(...RULE_TOKENS), fc.integer({ min: 20_000, max: 60_000 }))
  .map(([unit, length]) => unit.repeat(Math.ceil(length / unit.length)));

const address = fc.record({
  name: fc.option(fc.oneof(mailText, fc.string()), { nil: null }),
  email: fc.option(
    fc.oneof(
      fc.emailAddress(),
      mailText,
      fc.domain().map((domain) => `x@${domain}`),
    ),
    { nil: null },
  ),
});

export const mailMessage: fc.Arbitrary<MailMessage> = fc.record({
  from: address,
  replyTo: fc.array(address, { maxLength: 2 }),
  to: fc.array(address, { maxLength: 8 }),
  cc: fc.array(address, { maxLength: 3 }),
  subject: mailText,
  date: fc.option(fc.string(), { nil: null }),
  bodyText: mailText,
  signatureText: fc.option(mailText, { nil: null }),
  quotedText: fc.option(mailText, { nil: null }),
  attachments: fc.array(fc.record({ name: fc.oneof(mailText, fc.string()) }), { maxLength: 3 }),
  links: fc.array(
    fc.record({
      href: fc.oneof(fc.webUrl(), mailText),
      text: fc.option(fc.oneof(mailText, fc.webUrl(), fc.domain()), { nil: null }),
    }),
    { maxLength: 4 },
  ),
  headers: fc.option(
    fc.dictionary(fc.constantFrom('list-id', 'precedence', 'auto-submitted'), fc.string()),
    {
      nil: undefined,
    },
  ),
});

export const mailContext = fc.record({
  knownCustomer: fc.boolean(),
  ourOutreach: fc.boolean(),
  ourQuoteSent: fc.option(fc.boolean(), { nil: undefined }),
  ownDomains: fc.array(fc.oneof(fc.domain(), fc.string()), { maxLength: 2 }),
  customerDomains: fc.array(fc.oneof(fc.domain(), fc.string()), { maxLength: 3 }),
});

export function plainMail(bodyText: string, overrides: Partial<MailMessage> = {}): MailMessage {
  return {
    from: { name: 'Daniel Weber', email: 'd.weber@kessler-haustechnik.de' },
    replyTo: [],
    to: [{ name: null, email: 'sales@hongda-valves.com' }],
    cc: [],
    subject: 'Inquiry',
    date: null,
    bodyText,
    quotedText: null,
    attachments: [],
    links: [],
    ...overrides,
  };
}
