import type { MailContext, SellerProfile } from '../../src/core/message.ts';
import type { MailPartial } from './support/mail.ts';
import { globalSourcesNotice, madeInChinaNotice } from './support/notices.ts';

// One table for every scoring rule: snippets in the style of real buyer mail, the points the
// rule gives, and words its evidence must quote. A case with `points: null` is one the rule must
// stay silent on, near-misses above all. rules-meta.test.ts checks every rule has both kinds.

export type RuleCase = {
  rule: string;
  says: string;
  mail: MailPartial;
  context?: Partial<MailContext>;
  profile?: Partial<SellerProfile>;
  points: number | null;
  // A substring, or a pattern where the evidence must end (or start) just so.
  evidence?: string | RegExp;
};

type Extra = Pick<RuleCase, 'context' | 'profile'>;

const fires = (
  rule: string,
  says: string,
  mail: MailPartial,
  points: number,
  evidence: string | RegExp,
  extra: Extra = {},
): RuleCase => ({ rule, says, mail, points, evidence, ...extra });

const silent = (rule: string, says: string, mail: MailPartial, extra: Extra = {}): RuleCase => ({
  rule,
  says,
  mail,
  points: null,
  ...extra,
});

const safeLink = (target: string) =>
  `https://eur02.safelinks.protection.outlook.com/?url=${encodeURIComponent(target)}&data=05%7C02%7Csales%40hongda-valves.com&reserved=0`;

const profile = { catalogue: ['ball valve', 'gate valve'], targetMarkets: ['DE', 'AT'], moq: 500 };

const strongFlags: RuleCase[] = [
  fires(
    'phishing-link',
    'a purchase order to "view" on a foreign host',
    {
      subject: 'New PO 4471 - please confirm',
      body: 'Dear Supplier,\n\nPlease view our purchase order here: https://docs-viewer-secure.xyz/po/4471\n\nConfirm price and delivery today.',
    },
    0,
    'docs-viewer-secure.xyz',
  ),
  fires(
    'phishing-link',
    'a Safe Links-wrapped lure in plain text is judged by its real target',
    { body: `Kindly download the RFQ documents: ${safeLink('https://rfq-files-share.top/dl')}` },
    0,
    'rfq-files-share.top',
  ),
  fires(
    'phishing-link',
    'link text and address differ',
    {
      body: 'Dear Sir, the drawing is too large to attach, see the link below.',
      links: [{ href: 'https://onedrive-docs.icu/share/9912', text: 'Download drawing.pdf' }],
    },
    0,
    'onedrive-docs.icu',
  ),
  fires(
    'phishing-link',
    'a bare IP address',
    { body: 'Open the invoice at http://185.22.10.4/invoice/2231' },
    0,
    'bare IP address',
  ),
  fires(
    'phishing-link',
    'a shortener',
    { body: 'Our order details: https://bit.ly/3Pq8xKz' },
    0,
    'shortened link bit.ly',
  ),
  fires(
    'phishing-link',
    'a sign-in page pre-filled with our address',
    {
      body: 'Sign in to see the quotation request.',
      links: [
        {
          href: 'https://portal-login.example.net/auth?email=sales%40hongda-valves.com',
          text: 'Sign in',
        },
      ],
    },
    0,
    'pre-filled with your address',
  ),
  silent('phishing-link', 'a genuine made-in-china.com product link', {
    body: 'We saw this item on your showroom, please check the product and quote: https://hongda.en.made-in-china.com/product/KwQxZ/Brass-Ball-Valve.html',
  }),
  silent('phishing-link', 'a Safe Links-wrapped link to a genuine platform', {
    body: `Please check the RFQ we posted: ${safeLink('https://www.made-in-china.com/rfq/detail/5521.html')}`,
  }),
  silent('phishing-link', 'the buyer links an order page on its own domain', {
    body: 'You can check the order status on our supplier portal https://portal.kessler-haustechnik.de/orders/PO-5521',
  }),
  silent('phishing-link', '"view our portfolio" is not "view our PO"', {
    body: 'You can view our portfolio of bathroom projects at https://www.behance.net/kessler-bad',
  }),
  silent('phishing-link', 'a stray % in a link does not break the grade', {
    body: 'Our showroom sale (up to 50%off) is at https://shop.kessler-haustechnik.de/sale?d=50%off',
  }),
  fires(
    'phishing-link',
    'the lure on the line above a link that stands alone',
    {
      body: 'Good day,\n\nDownload Purchaseorder_request.pdf\nhttps://docs-secure-view.top/d/7781\n\nThank you',
    },
    0,
    'Download Purchaseorder_request.pdf',
  ),
  silent('phishing-link', 'a document word earlier in the sentence than an unrelated link', {
    body: 'Please check the attached drawing and our shop https://amazon.de',
    attachments: ['housing_rev3.pdf'],
  }),
  silent('phishing-link', 'a lure in the paragraph before, a catalogue link after', {
    body: 'Kindly review the drawing attached.\n\nOur range is online, see the catalogue at https://www.kessler-shop.com/katalog',
  }),

  fires(
    'link-text-mismatch',
    'the words show the platform, the link goes elsewhere',
    {
      body: 'You have a new RFQ. Reply on the platform.',
      links: [{ href: 'https://rfq-center.top/alibaba/88217', text: 'www.alibaba.com/rfq/88217' }],
    },
    0,
    'goes to rfq-center.top',
  ),
  fires(
    'link-text-mismatch',
    "a customer's website over a foreign host",
    {
      body: 'Our new price list is on our website.',
      links: [
        { href: 'http://195-kessler.duckdns.org/list', text: 'https://kessler-haustechnik.de' },
      ],
    },
    0,
    'kessler-haustechnik.de but goes to 195-kessler.duckdns.org',
  ),
  silent('link-text-mismatch', 'a Safe Links wrapper around the site the words name', {
    body: 'Our catalogue:',
    links: [
      {
        href: safeLink('https://www.kessler-haustechnik.de/katalog'),
        text: 'www.kessler-haustechnik.de',
      },
    ],
  }),
  silent('link-text-mismatch', "a platform's name over another of its own domains", {
    body: 'Sign in to your supplier account to reply.',
    links: [{ href: 'https://login.alibaba-inc.com/reply/5521', text: 'www.alibaba.com' }],
  }),
  silent('link-text-mismatch', 'words that are not an address', {
    body: 'Drawing attached.',
    links: [{ href: 'https://wetransfer.com/downloads/5521', text: 'drawing.zip' }],
  }),
  silent('link-text-mismatch', 'a newsletter counting clicks on its own domain', {
    from: 'Daily Dilbert <dilbert@ummail4.unitedmedia.com>',
    body: 'Today on Dilbert.com',
    links: [{ href: 'http://ummail4.unitedmedia.com/c?x=1', text: 'Dilbert.com' }],
  }),

  fires(
    'lookalike-domain',
    "a customer's domain with one letter more",
    { from: 'Derek Lam <derek.lam@kwunshing-engg.com>', body: 'Please update our bank details.' },
    0,
    'kwunshing-engg.com looks like your customer kwunshing-eng.com',
    { context: { customerDomains: ['kwunshing-eng.com'] } },
  ),
  fires(
    'lookalike-domain',
    "a customer's name under .co instead of .com",
    { from: 'Derek Lam <derek.lam@kwunshing-eng.co>', body: 'Please send the PI again.' },
    0,
    'your customer kwunshing-eng.com',
    { context: { customerDomains: ['kwunshing-eng.com'] } },
  ),
  fires(
    'lookalike-domain',
    'a courier one letter short',
    { body: 'Your samples are held. Pay the duty: https://fedx.com/track/8812' },
    0,
    'fedx.com looks like fedex.com',
  ),
  fires(
    'lookalike-domain',
    "a bank's domain worn as a prefix",
    { body: 'Confirm the L/C at https://hsbc.com.hk-lc-verify.net/confirm' },
    0,
    'looks like hsbc.com',
  ),
  fires(
    'lookalike-domain',
    'a government word on a commercial domain',
    { body: 'Customs clearance pending: https://customs-gov.com/clearance/5521' },
    0,
    'poses as a government site',
  ),
  silent(
    'lookalike-domain',
    'the customer itself',
    {
      from: 'Derek Lam <derek.lam@kwunshing-eng.com>',
      body: 'Please quote 500 pcs.',
    },
    { context: { customerDomains: ['kwunshing-eng.com'] } },
  ),
  silent('lookalike-domain', "a brand's name inside a university's host", {
    body: 'Paper at http://www.citi.umich.edu/projects/',
  }),
  silent('lookalike-domain', 'a genuine government site', {
    body: 'Import rules: https://www.gov.uk/guidance/import-goods',
  }),

  fires(
    'homoglyph-domain',
    'a digit one for the letter l',
    { body: 'Pay the sample cost here: https://paypa1.com/pay/5521' },
    0,
    'paypa1.com imitates paypal.com',
  ),
  fires(
    'homoglyph-domain',
    'a Cyrillic a inside the platform name',
    { from: 'Alibaba <service@аlibaba.com>', body: 'A buyer sent you an inquiry.' },
    0,
    'mixes alphabets',
  ),
  fires(
    'homoglyph-domain',
    '"rn" for "m" in a customer domain',
    { from: 'Ana Ruiz <ana@ferreteria-rnadrid.es>', body: 'New bank account for payment.' },
    0,
    'imitates your customer ferreteria-madrid.es',
    { context: { customerDomains: ['ferreteria-madrid.es'] } },
  ),
  silent('homoglyph-domain', 'a genuine domain with digits', {
    body: 'We found you on https://www.ec21.com/company/hongda',
  }),
  silent('homoglyph-domain', 'an honest German domain with an umlaut', {
    from: 'Jens Müller <jens@müller-bau.de>',
    body: 'Bitte um ein Angebot.',
  }),

  fires(
    'punycode-host',
    'punycode that reads as PayPal with a Cyrillic a',
    { body: 'Pay the deposit: http://xn--pypal-4ve.com/checkout' },
    0,
    'xn--pypal-4ve.com reads as pаypal.com',
  ),
  fires(
    'punycode-host',
    'an all-Cyrillic name that reads as Latin',
    { body: 'Download the order: http://xn--80ak6aa92e.com/order' },
    0,
    'reads as аррӏе.com',
  ),
  silent('punycode-host', 'an honest German domain in punycode', {
    body: 'Unser Katalog: http://xn--mller-bau-q9a.de/katalog',
  }),

  fires(
    'dangerous-attachment',
    'a PDF that is really a web page',
    { body: 'Please see the PO attached.', attachments: ['PO_4471.pdf.htm'] },
    0,
    'PO_4471.pdf.htm',
  ),
  fires(
    'dangerous-attachment',
    'an archive named like an order',
    { body: 'Order details in the attachment.', attachments: ['Order-details-2025.zip'] },
    0,
    'Order-details-2025.zip',
  ),
  fires(
    'dangerous-attachment',
    'a web page as an attachment',
    { body: 'Invoice attached.', attachments: ['Invoice_8812.html'] },
    0,
    'Invoice_8812.html',
  ),
  fires(
    'dangerous-attachment',
    'a disk image',
    { body: 'RFQ attached.', attachments: ['RFQ_specs.iso'] },
    0,
    'RFQ_specs.iso',
  ),
  silent('dangerous-attachment', 'a plain PDF purchase order', {
    body: 'Please find our PO attached.',
    attachments: ['PO_4471.pdf'],
  }),
  silent('dangerous-attachment', 'a zip of photos is not named like paperwork', {
    body: 'Photos of the damaged cartons in the zip.',
    attachments: ['carton-photos.zip'],
  }),
  silent('dangerous-attachment', 'a spreadsheet and a drawing', {
    body: 'BOM and drawing attached.',
    attachments: ['BOM_rev2.xlsx', 'housing_rev3.dwg'],
  }),

  fires(
    'fee-request',
    'the supplier must pay a registration fee',
    {
      body: 'Before we can open the L/C you must pay the registration fee of USD 350 to the ministry agent.',
    },
    0,
    'you must pay the registration fee',
  ),
  fires(
    'fee-request',
    'an inspection charge put on the supplier',
    { body: 'The inspection charges for SGS will be paid by supplier, please confirm.' },
    0,
    'inspection charges',
  ),
  fires(
    'fee-request',
    'untraceable payment',
    { body: 'Kindly send the sample cost by Western Union to our agent in Lagos.' },
    0,
    'Western Union',
  ),
  silent('fee-request', 'the buyer pays the inspection itself', {
    body: 'We will arrange and pay the inspection fee ourselves. Please quote 500 pcs.',
  }),
  silent('fee-request', 'bank and freight charges split the usual way', {
    body: 'Freight charges are for our account. Bank charges outside China are for the buyer.',
  }),

  fires(
    'platform-impersonation',
    'Alibaba on a domain Alibaba does not own',
    {
      from: 'Alibaba Trade Service <notice@alibaba-tradeservice.com>',
      body: 'You have received a new inquiry. Log in to reply.',
    },
    0,
    'Alibaba.com from notice@alibaba-tradeservice.com',
  ),
  fires(
    'platform-impersonation',
    'a platform name on a free-mail sender',
    {
      from: 'Made-in-China Buyer Service <mic.buyer.service@gmail.com>',
      body: 'A buyer sent you a message. Please check.',
    },
    0,
    'Made-in-China.com',
  ),
  fires(
    'platform-impersonation',
    'a courier look-alike link',
    {
      body: 'Your sample parcel is held, pay the duty here.',
      links: ['https://dhl-express-tracking.info/parcel/8812'],
    },
    0,
    'DHL look-alike: dhl-express-tracking.info',
  ),
  silent('platform-impersonation', 'a genuine Made-in-China notice', {
    from: madeInChinaNotice.from,
    subject: madeInChinaNotice.subject,
    body: madeInChinaNotice.body,
  }),
  silent('platform-impersonation', "a genuine DHL tracking link from the buyer's forwarder", {
    body: 'The samples were sent, tracking: https://www.dhl.com/de-en/home/tracking.html?tracking-id=1234567890',
  }),

  fires(
    'reply-to-mismatch',
    'a company sender whose replies go to Gmail',
    { replyTo: 'd.weber.kessler@gmail.com', body: 'Please quote the attached list.' },
    0,
    'reply-to d.weber.kessler@gmail.com',
  ),
  silent('reply-to-mismatch', 'reply-to a colleague on the same company domain', {
    replyTo: 'einkauf@kessler-haustechnik.de',
    body: 'Please send the quotation to our purchasing desk.',
  }),
  silent('reply-to-mismatch', 'reply-to the same address in other letters', {
    replyTo: 'Daniel Weber <D.Weber@Kessler-Haustechnik.de>',
    body: 'Please quote.',
  }),

  fires(
    'secrecy',
    'moves the deal to a private address',
    { body: 'Please reply to my private email only, this deal is between us.' },
    0,
    'reply to my private',
  ),
  fires(
    'secrecy',
    'asks for utmost discretion',
    { body: 'This transaction requires utmost discretion.' },
    0,
    'utmost discretion',
  ),
  silent('secrecy', 'a confidential drawing under NDA is normal', {
    body: 'The drawing is confidential, please sign our NDA before we send it.',
  }),

  fires(
    'sales-pitch',
    'sells an attendee list',
    {
      body: 'We have the verified attendees list of the Canton Fair 2025 with 45,000 records. Interested?',
    },
    0,
    'attendees list',
  ),
  fires(
    'sales-pitch',
    'sells SEO',
    { body: 'Your website is not on the first page of Google. We can fix that.' },
    0,
    'first page of Google',
  ),
  silent('sales-pitch', 'a distributor asking for a supplier', {
    body: 'We are a distributor of sanitary fittings and are looking for a reliable supplier of ball valves.',
  }),
];

const weakFlags: RuleCase[] = [
  fires(
    'generic-greeting',
    'Sir/Madam',
    { body: 'Dear Sir/Madam,\n\nPlease send your offer.' },
    -1,
    'Dear Sir/Madam',
  ),
  fires(
    'generic-greeting',
    'Supplier',
    { body: 'Dear Supplier,\n\nWe need ball valves.' },
    -1,
    'Dear Supplier',
  ),
  fires(
    'generic-greeting',
    'Hello Manager',
    { body: 'Hello Manager\n\nHow much is your valve?' },
    -1,
    'Hello Manager',
  ),
  fires(
    'generic-greeting',
    'To whom it may concern',
    { body: 'To whom it may concern,\n\nWe import valves.' },
    -1,
    'To whom it may concern',
  ),
  silent('generic-greeting', '"Dear Sirs" is the formal British greeting', {
    body: 'Dear Sirs,\n\nWe refer to your offer for brass ball valves.',
  }),
  silent('generic-greeting', 'a named greeting', {
    body: 'Dear Ms. Li,\n\nPlease quote 500 pcs BV-25.',
  }),

  fires(
    'catalogue-only',
    'catalogue and price list, nothing else',
    { body: 'Dear Sir,\n\nPlease send your catalogue and price list.\n\nThanks' },
    -1,
    'send your catalogue and price list',
  ),
  silent('catalogue-only', 'a catalogue together with a stated need', {
    body: 'Please send your catalogue and price list for 500 pcs of BV-25 ball valves.',
  }),
  silent('catalogue-only', 'a catalogue with a sample request', {
    body: 'Please send your catalogue; we would also like samples of the DN25 valve.',
  }),

  fires(
    'vague-contact',
    'got our contact from "the internet"',
    { body: 'We got your contact from the internet and want to cooperate.' },
    -1,
    'got your contact from',
  ),
  silent('vague-contact', 'met at a booth is specific', {
    body: 'We saw your booth at the ISH fair in Frankfurt.',
  }),

  fires(
    'huge-no-spec',
    'containers every month of anything',
    { body: 'We need 5 x 40ft containers every month of all items from your catalogue.' },
    -1,
    '40ft containers every month',
  ),
  fires(
    'huge-no-spec',
    'a big budget, "you can choose"',
    { body: 'Our budget is USD 500,000, you can choose the items.' },
    -1,
    'you can choose',
  ),
  silent('huge-no-spec', 'a monthly container of a stated model', {
    body: 'We need 1 x 40ft container per month of model BV-25, DN25, PN25.',
  }),
  silent('huge-no-spec', 'a stated container order', {
    body: 'Please quote 2 x 40HQ of BV-25 valves.',
  }),

  fires(
    'pressure',
    'PI today, urgent',
    { body: 'Please send the PI today, this is urgent.' },
    -1,
    'send the PI today',
  ),
  silent('pressure', 'a dated tender deadline, calmly stated', {
    body: 'Our tender closes on 12 May, so we need your offer by 10 May.',
  }),

  fires(
    'free-samples-only',
    'free samples and never pays',
    { body: 'Send free samples first. We never pay for samples or freight.' },
    -1,
    'free samples first',
  ),
  silent('free-samples-only', 'offers to pay for samples', {
    body: 'Please send 2 samples, we will pay for the samples and courier.',
  }),

  fires(
    'credit-terms',
    'net 60 from a new buyer',
    { body: 'Our payment terms are net 60 after delivery.' },
    -1,
    'net 60',
  ),
  fires(
    'credit-terms',
    'a credit application',
    { body: 'Please fill in the attached credit application before we order.' },
    -1,
    'credit application',
  ),
  silent('credit-terms', 'deposit and balance', {
    body: 'Payment T/T, 30% deposit and 70% against copy of B/L.',
  }),
  silent('credit-terms', '"net" in another sense', { body: 'We need 2,000 m of shade net.' }),

  fires(
    'over-familiar',
    'my dear friend',
    { body: 'My dear friend, god bless you and your family.' },
    -1,
    'My dear friend',
  ),
  silent('over-familiar', 'a polite stranger', {
    body: 'Dear Mr. Chen, I hope you are well.',
  }),

  fires(
    'mass-recipients',
    'six suppliers in To and Cc',
    {
      body: 'Please quote.',
      to: ['sales@hongda-valves.com', 'info@ningbo-valve.com', 'sales@yuhuan-brass.com'],
      cc: ['export@taizhou-fittings.com', 'sales@wenzhou-valves.com', 'info@zj-flow.com'],
    },
    -1,
    '6 recipients',
  ),
  silent('mass-recipients', 'our address and a colleague in Cc', {
    body: 'Please quote.',
    cc: ['einkauf@kessler-haustechnik.de'],
  }),
];

const source: RuleCase[] = [
  fires(
    'existing-customer',
    'a customer in the prospect book',
    { body: 'Please repeat our last order of BV-25.' },
    10,
    'd.weber@kessler-haustechnik.de',
    { context: { knownCustomer: true } },
  ),
  fires(
    'existing-customer',
    'a customer domain typed in capitals',
    { from: 'max.roth@kessler-haustechnik.de', body: 'Same as last order please.' },
    10,
    'max.roth@kessler-haustechnik.de',
    { context: { customerDomains: ['Kessler-Haustechnik.DE'] } },
  ),
  silent('existing-customer', 'a new sender', { body: 'Please repeat our last order.' }),
  silent(
    'existing-customer',
    'a free-mail domain in the book names no one',
    { from: 'tom.h.imports@gmail.com', body: 'Please quote 500 pcs.' },
    { context: { customerDomains: ['gmail.com'] } },
  ),

  fires(
    'outreach-reply',
    'met at our booth',
    { body: 'Dear Ms. Li,\n\nWe met at your booth at the Canton Fair in April.' },
    4,
    'met at your booth',
  ),
  fires(
    'outreach-reply',
    'answers our catalogue mail',
    { body: 'Thank you for the catalogue you sent last week.' },
    4,
    'Thank you for the catalogue you sent',
  ),
  fires(
    'outreach-reply',
    'the thread began with our mail',
    { body: 'Yes, please send details.' },
    6,
    'the thread began with your mail',
    { context: { ourOutreach: true } },
  ),
  silent('outreach-reply', 'thanks for an ordinary mail', {
    body: 'Thank you for your email. We will check.',
  }),

  fires(
    'platform-inquiry',
    'a Made-in-China notice with a message',
    {
      from: madeInChinaNotice.from,
      subject: madeInChinaNotice.subject,
      body: madeInChinaNotice.body,
    },
    4,
    'Made-in-China.com notice',
  ),
  fires(
    'platform-inquiry',
    'a Global Sources notice',
    globalSourcesNotice,
    4,
    'Global Sources notice',
  ),
  silent('platform-inquiry', 'a look-alike platform sender', {
    from: 'Made-in-China <notice@madeinchina-inquiry.net>',
    body: 'Message: please quote',
  }),

  fires(
    'written-to-us',
    'greets the salesperson by name',
    { body: 'Dear Ms. Li,\n\nPlease quote 500 pcs BV-25.' },
    6,
    'Dear Ms. Li',
  ),
  fires(
    'written-to-us',
    'greets our team',
    { body: 'Hello Hongda team,\n\nWe need valves.' },
    6,
    'Hello Hongda team',
  ),
  fires(
    'written-to-us',
    'greets the salesperson by name in French',
    { body: 'Bonjour Madame Zhang,\n\nMerci de nous coter 800 chaises.' },
    6,
    'Bonjour Madame Zhang',
  ),
  fires(
    'written-to-us',
    'greets the salesperson by name in Spanish',
    { body: 'Estimada Lily:\n\nFavor de cotizar 500 sillas.' },
    6,
    'Estimada Lily',
  ),
  fires(
    'written-to-us',
    'a Spanish greeting to "proveedor" is no name',
    { body: 'Estimado proveedor:\n\nFavor de cotizar.' },
    3,
    'sent to sales@hongda-valves.com only',
  ),
  fires(
    'written-to-us',
    'sent to us alone, no name',
    { body: 'Dear Sir,\n\nPlease quote.' },
    3,
    'sent to sales@hongda-valves.com only',
  ),
  silent('written-to-us', 'three suppliers in To', {
    body: 'Dear Ms. Li,\n\nPlease quote.',
    to: ['sales@hongda-valves.com', 'info@ningbo-valve.com', 'sales@yuhuan-brass.com'],
  }),

  fires(
    'referral',
    'recommended by a named company',
    { body: 'Recommended by Müller Armaturen, our partner in Austria, we write to you.' },
    2,
    'Recommended by',
  ),
  fires(
    'referral',
    'read about us in a magazine',
    { body: 'We read in the Plumbing Today magazine that you export valves to Europe.' },
    2,
    'We read in the Plumbing Today magazine',
  ),
  silent('referral', 'found us on Google', { body: 'We found you on Google.' }),

  fires(
    'mass-mailing',
    'undisclosed recipients',
    { body: 'Please quote your best price.', to: ['Undisclosed recipients:;'] },
    -6,
    'undisclosed recipients',
  ),
  fires(
    'mass-mailing',
    'six recipients',
    {
      body: 'RFQ attached.',
      to: ['a@ningbo-valve.com', 'b@yuhuan-brass.com', 'c@zj-flow.com'],
      cc: ['d@wenzhou-valves.com', 'e@taizhou-fittings.com', 'sales@hongda-valves.com'],
    },
    -6,
    '6 recipients',
  ),
  silent('mass-mailing', 'five recipients is still a short list', {
    body: 'RFQ attached.',
    to: ['sales@hongda-valves.com', 'li@hongda-valves.com'],
    cc: ['a@kessler-haustechnik.de', 'b@kessler-haustechnik.de', 'c@kessler-haustechnik.de'],
  }),
];

const product: RuleCase[] = [
  fires(
    'named-product',
    'a product after "looking for"',
    { body: 'We are looking for brass ball valves for a housing project in Bremen.' },
    2,
    'brass ball valves',
  ),
  fires(
    'named-product',
    'a product in the subject of an inquiry',
    { subject: 'Inquiry for PPR pipe fittings', body: 'Please quote.' },
    3,
    'PPR pipe fittings',
  ),
  fires(
    'named-product',
    'a product from our catalogue',
    { body: 'Please quote 600 pcs of brass ball valves DN25.' },
    4,
    'ball valve (in your catalogue)',
    { profile },
  ),
  silent('named-product', '"your products" in the subject', {
    subject: 'Inquiry about your products',
    body: 'Please send prices.',
  }),
  silent('named-product', '"interested in your products"', {
    body: 'We are interested in your products.',
  }),
  silent('named-product', '"looking for your reply" names nothing', {
    body: 'Looking for your reply.',
  }),
  silent('named-product', '"need your best price" names nothing', {
    body: 'I need your best price.',
  }),

  fires(
    'model-number',
    'an item number and a part code',
    { body: 'Please quote item no. 4471 and 200 pcs of BW-P6040.' },
    4,
    'item no. 4471',
  ),
  fires(
    'model-number',
    'a bearing code',
    { body: 'We need 6205-2RS bearings for our pumps.' },
    3,
    '6205-2RS',
  ),
  fires(
    'model-number',
    'a labelled model counts once',
    { body: 'Model: BV-50, brass body.' },
    3,
    'Model: BV-50',
  ),
  silent('model-number', 'units and terms are not models', {
    body: 'We need 500pcs, CE marked, FOB price, one 40HQ.',
  }),
  silent('model-number', '"refund" is not "ref. und"', {
    body: 'We will refund the sample charge with the first order.',
  }),
  silent('model-number', '"which model" asks, it does not name', {
    body: 'Which model do you recommend for hot water?',
  }),

  fires(
    'sizes',
    'dimensions and a weight',
    { body: 'Carton size 600 x 400 x 300 mm, gross weight 12 kg.' },
    4,
    '600 x 400 x 300 mm',
  ),
  fires('sizes', 'a capacity', { body: 'Amber glass bottle 250ml with dropper.' }, 3, '250ml'),
  silent('sizes', 'counts without units', {
    body: 'We have 20 years of experience and 3 warehouses.',
  }),
  silent('sizes', 'a lead time is not a size', {
    body: 'Delivery in 4 weeks, 30% deposit.',
  }),

  fires(
    'materials',
    'a steel grade and a colour',
    { body: 'Material: SS304, brushed finish, colour black.' },
    2,
    'SS304',
  ),
  fires(
    'materials',
    'a polymer code in capitals',
    { body: 'Handles in PP, seals in EVA, body in brass.' },
    3,
    'PP',
  ),
  silent('materials', 'a pet shop signed by Eva', {
    body: 'We are a pet shop chain looking for dog beds.\n\nBest regards\nEva Novak',
  }),

  fires(
    'branding',
    'logo printed',
    { body: 'With our logo printed on the lid, 1 colour.' },
    2,
    'our logo',
  ),
  fires('branding', 'OEM', { body: 'We need OEM service for our own line.' }, 2, 'OEM'),
  silent('branding', 'a company profile attached', {
    body: 'Please find our company profile attached.',
  }),

  fires(
    'packing',
    'neutral packing',
    { body: 'Neutral packing, 20 pcs per export carton.' },
    1,
    'Neutral packing',
  ),
  silent('packing', 'no word of packing', { body: 'Please quote 500 pcs BV-25.' }),

  fires(
    'certification',
    'CE, RoHS and ISO',
    { body: 'Products must have CE and RoHS, plus your ISO 9001 certificate.' },
    2,
    'RoHS',
  ),
  silent('certification', '"CEO" is not CE', { body: 'Our CEO will visit your factory.' }),
  silent('certification', 'capitals alone are not certificates', {
    body: 'PLEASE SEND PRICE AS SOON AS POSSIBLE',
  }),

  fires(
    'drawing-attached',
    'a CAD file and a photo',
    { body: 'See attached.', attachments: ['housing_rev3.dwg', 'sample-photo.jpg'] },
    3,
    'housing_rev3.dwg',
  ),
  fires(
    'drawing-attached',
    'a drawing mentioned as attached',
    { body: 'Please see the drawing we attached to the first mail.' },
    2,
    'drawing we attach',
  ),
  silent('drawing-attached', "Outlook's inline signature logo", {
    body: 'Please quote.',
    attachments: ['image001.png'],
  }),
  silent('drawing-attached', 'a spreadsheet only', {
    body: 'Please quote the list.',
    attachments: ['items.xlsx'],
  }),

  fires(
    'spec-list',
    'a bulleted specification',
    {
      body: 'Please quote:\n- Size: DN25\n- Material: brass CW617N\n- Finish: nickel plated\n- Qty: 500 pcs',
    },
    2,
    '4 specification lines',
  ),
  silent('spec-list', "a web form's contact fields", {
    body: 'Name: John Carter\nCompany: Carter Supply LLC\nCountry: USA\nPhone: +1 305 555 0142\n\nPlease send prices.',
  }),
  silent('spec-list', 'a two-line list', { body: 'We need:\n- brass valves\n- fittings' }),

  fires(
    'vague-range',
    'all your products',
    { body: 'Please send prices of all your products.' },
    -3,
    'all your products',
  ),
  fires(
    'vague-range',
    'your full range',
    { body: 'We want to see your full range.' },
    -3,
    'your full range',
  ),
  silent('vague-range', 'your products with a model', {
    body: 'Please quote your products model BV-50.',
  }),
  silent('vague-range', 'a named product line', {
    body: 'We are interested in your ball valves.',
  }),
];

const terms: RuleCase[] = [
  fires(
    'quantity',
    'pieces and a trial container',
    { body: 'We need 5,000 pcs now and a 1x20GP trial later.' },
    5,
    '5,000 pcs',
  ),
  fires('quantity', 'thousands as k', { body: 'Annual need about 5k pcs.' }, 4, '5k pcs'),
  silent('quantity', 'company facts are not quantities', {
    body: 'We sell 10 brands in 5 countries.',
  }),

  fires('moq-question', 'asks the MOQ', { body: 'What is your MOQ for DN25?' }, 1, 'MOQ'),
  fires(
    'moq-question',
    'spelt out',
    { body: 'What is your minimum order quantity?' },
    1,
    'minimum order quantity',
  ),
  silent('moq-question', 'a minimum price is not an MOQ', {
    body: 'What is the minimum price?',
  }),

  fires(
    'target-price',
    'a target price with currency',
    { body: 'Our target price is USD 3.20 per piece.' },
    2,
    'USD 3.20',
  ),
  fires('target-price', 'a unit price', { body: 'We can accept EUR 4.5/pc.' }, 2, 'EUR 4.5/pc'),
  silent('target-price', '"best price" has no number', { body: 'Please give your best price.' }),
  silent('target-price', 'turnover is not a price', {
    body: 'Our turnover is USD 20 million.',
  }),

  fires('incoterm', 'FOB with its port', { body: 'Please quote FOB Ningbo.' }, 3, 'FOB Ningbo'),
  fires('incoterm', 'a two-word port', { body: 'Please quote CIF Jebel Ali.' }, 3, 'CIF Jebel Ali'),
  fires('incoterm', 'FOB with no place', { body: 'Please quote FOB.' }, 1, 'FOB'),
  fires(
    'incoterm',
    '"FOB Price" names no place',
    { body: 'Please send your FOB Price for 500 pcs.' },
    1,
    'FOB',
  ),
  fires('incoterm', '"EXW And FOB"', { body: 'Kindly Quote EXW And FOB.' }, 1, 'EXW'),
  silent('incoterm', 'no Incoterm at all', { body: 'Please quote delivered to our warehouse.' }),

  fires('delivery-date', 'a month', { body: 'We need them by the end of May.' }, 2, 'need them by'),
  fires(
    'delivery-date',
    'a lead time',
    { body: 'Delivery within 45 days after deposit.' },
    2,
    'within 45 days',
  ),
  silent('delivery-date', 'an office day is not a delivery date', {
    body: 'I will be in the office until Friday.',
  }),

  fires(
    'payment-terms',
    'T/T with deposit',
    { body: 'Payment: 30% T/T deposit, 70% before shipment.' },
    2,
    'T/T',
  ),
  fires('payment-terms', 'L/C at sight', { body: 'We pay by L/C at sight.' }, 2, 'L/C'),
  silent('payment-terms', '"within 24 hours" is a deadline, not a term', {
    body: 'Please reply within 24 hours.',
  }),
  silent('payment-terms', 'a CAD drawing is not cash against documents', {
    body: 'Our CAD drawing is attached.',
  }),

  fires(
    'samples',
    'asks for samples',
    { body: 'Can you send us some samples of the DN25?' },
    1,
    'send us some samples',
  ),
  silent('samples', '"for example"', { body: 'For example, we sell to hotels.' }),

  fires(
    'order-timetable',
    'a trial order then monthly',
    { body: 'We plan a trial order of 500 pcs, then 5,000 pcs per month.' },
    2,
    'trial order',
  ),
  fires(
    'order-timetable',
    'annual volume',
    { body: 'Our annual volume is about 20,000 pcs.' },
    2,
    'annual volume',
  ),
  silent('order-timetable', 'an annual report', { body: 'Our annual report is attached.' }),

  fires(
    'price-only',
    'best price, nothing else',
    { body: 'Please send your best price.' },
    -2,
    'best price',
  ),
  silent('price-only', 'best price for a stated quantity', {
    body: 'Please send your best price for 500 pcs.',
  }),
  silent('price-only', 'best price with an Incoterm', {
    body: 'Please quote your best price FOB Ningbo.',
  }),
];

const identity: RuleCase[] = [
  fires('mail-domain', 'a company domain', { body: 'Please quote.' }, 3, 'kessler-haustechnik.de'),
  fires(
    'mail-domain',
    'free mail',
    { from: 'kessler.einkauf@gmail.com', body: 'Please quote.' },
    -2,
    'gmail.com is free mail',
  ),
  fires(
    'mail-domain',
    'Chinese free mail',
    { from: 'buyer2025@163.com', body: 'Please quote.' },
    -2,
    '163.com is free mail',
  ),
  silent('mail-domain', 'a page that shows only a display name', {
    from: { name: 'Kessler Einkauf', email: null },
    body: 'Please quote.',
  }),

  fires(
    'signature-block',
    'name, title, company and place',
    {
      body: 'Please quote.\n\nBest regards\nDaniel Weber\nPurchasing Manager\nKessler Haustechnik GmbH\nHamburg, Germany\nTel: +49 40 3070 1234',
    },
    5,
    /place: Hamburg, Germany$/,
  ),
  fires(
    'signature-block',
    'a first name only',
    { body: 'Please quote.\n\nThanks\nDan' },
    -1,
    'first name only',
  ),
  fires('signature-block', 'no signature', { body: 'Please quote.' }, -2, 'no signature'),
  fires(
    'signature-block',
    'a signature the page reader found',
    {
      body: 'Please quote.',
      signatureText: 'Sofia Berg\nHead of Sourcing\nNordlys Handel AS',
    },
    4,
    'company: Nordlys Handel AS',
  ),
  fires(
    'signature-block',
    'a full name alone',
    { body: 'Please quote.\n\nBest regards\nDaniel Weber' },
    1,
    'name: Daniel Weber',
  ),

  fires(
    'phone-country',
    'an international number',
    { body: 'Please quote.\n\nRegards\nDaniel\nTel: +49 40 3070 1234' },
    2,
    '(DE)',
  ),
  fires(
    'phone-country',
    'a WhatsApp number',
    { body: 'Contact me on WhatsApp +971 50 123 4567' },
    2,
    '(AE)',
  ),
  silent('phone-country', 'a local number without country code', {
    body: 'Please quote.\n\nRegards\nDaniel\nTel: 040 3070 1234',
  }),
  silent('phone-country', 'order numbers and dates are not phones', {
    body: 'Please quote 2,000 pcs, PO 4471 dated 2024-03-12.',
  }),

  fires(
    'website',
    'a website on the mail domain',
    { body: 'Please quote.\n\nRegards\nDaniel\nwww.kessler-haustechnik.de' },
    1,
    'kessler-haustechnik.de',
  ),
  fires(
    'website',
    'a website on another domain is shown, not scored',
    { body: 'Please quote.\n\nRegards\nDaniel\nwww.kessler-bad.com' },
    0,
    'differs from the mail domain',
  ),
  silent('website', 'no website', { body: 'Please quote.\n\nRegards\nDaniel' }),

  fires(
    'domain-matches-company',
    'domain and company agree',
    { body: 'Please quote.\n\nRegards\nDaniel Weber\nKessler Haustechnik GmbH' },
    2,
    'kessler-haustechnik.de ~ Kessler Haustechnik GmbH',
  ),
  silent('domain-matches-company', 'another company', {
    body: 'Please quote.\n\nRegards\nDaniel Weber\nNordbad Trading GmbH',
  }),
  silent('domain-matches-company', '"Group" is no name', {
    from: 'dw@groupbuyers-direct.com',
    body: 'Please quote.\n\nRegards\nDaniel Weber\nAlpha Group Ltd',
  }),
  silent('domain-matches-company', '"Trading" is no name', {
    from: 'dw@tradinghouse-berlin.de',
    body: 'Please quote.\n\nRegards\nDaniel Weber\nSun Trading GmbH',
  }),

  fires(
    'free-mail-big-claim',
    'free mail, a leading importer',
    {
      from: 'ceo.bigbuyer@yahoo.com',
      body: 'We are a leading importer in Nigeria with government contracts.',
    },
    -3,
    'We are a leading importer',
  ),
  silent('free-mail-big-claim', 'the same claim from a company domain', {
    body: 'We are a leading importer in Germany.',
  }),
  silent('free-mail-big-claim', 'a small shop on Gmail', {
    from: 'tom.h.shop@gmail.com',
    body: 'We are a small shop in Leeds.',
  }),
];

const fit: RuleCase[] = [
  fires(
    'catalogue-fit',
    'a catalogue product',
    { body: 'Please quote 600 pcs brass ball valves.' },
    5,
    'ball valve',
    { profile },
  ),
  fires(
    'catalogue-fit',
    'a product we do not make',
    { body: 'Please quote garden hoses.' },
    -5,
    'no product from your catalogue',
    { profile },
  ),
  fires(
    'catalogue-fit',
    'a catalogue typed with spaces',
    { body: 'Please quote ball valves.' },
    5,
    'Ball Valves',
    { profile: { catalogue: [' Ball Valves '] } },
  ),
  silent('catalogue-fit', 'no catalogue yet: neutral', { body: 'Please quote garden hoses.' }),

  fires(
    'target-market',
    'a German phone number',
    { body: 'Please quote.\n\nRegards\nDaniel\nTel: +49 40 3070 1234' },
    4,
    'DE',
    { profile },
  ),
  fires(
    'target-market',
    'a Mexican domain',
    { from: 'compras@importadora-sol.com.mx', body: 'Favor de cotizar.' },
    -4,
    'MX is outside your markets',
    { profile },
  ),
  fires(
    'target-market',
    '"UK" in the profile is GB',
    { from: 'buyer@harbour-supplies.co.uk', body: 'Please quote.' },
    4,
    'GB',
    { profile: { targetMarkets: ['UK'] } },
  ),
  silent(
    'target-market',
    'a .com domain tells no country',
    { from: 'buyer@harbour-supplies.com', body: 'Please quote.' },
    { profile },
  ),
  silent('target-market', 'no markets yet: neutral', { body: 'Please quote.' }),

  fires('moq-fit', 'above the MOQ', { body: 'Please quote 600 pcs.' }, 3, '600 ≥ MOQ 500', {
    profile,
  }),
  fires('moq-fit', 'below the MOQ', { body: 'Please quote 200 pcs.' }, -4, '200 below MOQ 500', {
    profile,
  }),
  fires(
    'moq-fit',
    '"5k pcs" is five thousand',
    { body: 'Please quote 5k pcs.' },
    3,
    '5000 ≥ MOQ 500',
    { profile },
  ),
  fires('moq-fit', 'European thousands', { body: 'Please quote 1.500 pcs.' }, 3, '1500 ≥ MOQ 500', {
    profile,
  }),
  silent('moq-fit', 'no MOQ yet: neutral', { body: 'Please quote 600 pcs.' }),
  silent('moq-fit', 'no countable quantity', { body: 'Please quote a container.' }, { profile }),
];

const intent: RuleCase[] = [
  fires(
    'ready-to-buy',
    'asks for the PI',
    { body: 'Please send us the PI so we can arrange the deposit.' },
    2,
    'send us the PI',
  ),
  fires(
    'ready-to-buy',
    'an order number',
    { body: 'Order No. 4471 attached, please confirm.' },
    2,
    'Order No. 4471',
  ),
  fires(
    'ready-to-buy',
    'asks for the proforma in Spanish',
    { body: 'Por favor envíennos la factura proforma para pagar el anticipo.' },
    2,
    'factura proforma',
  ),
  fires(
    'ready-to-buy',
    'asks for the prepayment invoice in Russian',
    { body: 'Просим выставить счёт на предоплату.' },
    2,
    'счёт на предоплату',
  ),
  silent('ready-to-buy', '"proforma" alone, with nothing asked', {
    body: 'Nuestra empresa es proforma de muebles.',
  }),
  silent('ready-to-buy', '"Order now" in an advert', { body: 'Order now while stocks last!' }),
  silent('ready-to-buy', '"in order no one is confused"', {
    body: 'In order no one is confused, please quote in USD.',
  }),

  fires(
    'asks-for-quote',
    'please quote',
    { body: 'Please quote 500 pcs of BV-50.' },
    1,
    'Please quote',
  ),
  silent('asks-for-quote', 'a catalogue request is not a quote request', {
    body: 'Please send your catalogue.',
  }),

  fires(
    'pays-for-samples',
    'will pay for samples',
    { body: 'We will pay for the samples and the courier.' },
    1,
    'We will pay for the samples',
  ),
  fires(
    'pays-for-samples',
    'a courier account',
    { body: 'We can give you our DHL account for the samples.' },
    1,
    'our DHL account',
  ),
  silent('pays-for-samples', 'refuses to pay', { body: 'We cannot pay the sample charge.' }),
  silent('pays-for-samples', 'free samples', { body: 'Please send free samples.' }),

  fires(
    'dated-need',
    'a date for a season',
    { body: 'We need them by 15 March for the spring season.' },
    1,
    'need them by 15 March',
  ),
  fires(
    'dated-need',
    'a trade show',
    { body: 'Samples for a trade show in September.' },
    1,
    'trade show in September',
  ),
  silent('dated-need', 'no date', { body: 'Please quote.' }),

  fires(
    'expert-questions',
    'tolerances and first article',
    { body: 'What tolerance can you hold on the bore? Do you do first article inspection?' },
    1,
    'tolerance',
  ),
  silent('expert-questions', 'a price-only question', { body: 'We want a good price.' }),
  silent('expert-questions', 'a company name in the signature is not a question', {
    body: 'Please quote.\n\nRegards\nDan\nDriver Logistics Ltd',
  }),

  fires(
    'references-our-quote',
    'a quotation number',
    { body: 'With reference to your quotation No. Q-2024-118, please revise the price.' },
    1,
    'your quotation No. Q-2024-118',
  ),
  fires(
    'references-our-quote',
    'same terms as before',
    { body: 'Same terms as last time, please.' },
    1,
    'Same terms as last time',
  ),
  silent('references-our-quote', '"your quotation asap" has no number', {
    body: 'We look forward to your quotation asap.',
  }),
  silent('references-our-quote', '"your offer today" has no number', {
    body: 'Thank you for your offer today.',
  }),
];

export const RULE_CASES: readonly RuleCase[] = [
  ...strongFlags,
  ...weakFlags,
  ...source,
  ...product,
  ...terms,
  ...identity,
  ...fit,
  ...intent,
];
