import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { Reading } from '../../src/background/book/record-reading.ts';
import type { InquiryGrade, ReplyGrade } from '../../src/core/grade-types.ts';
import type { MailMessage } from '../../src/core/message.ts';
import { accountOf } from '../../src/db/accounts.ts';
import { BookDb, type BookOptions } from '../../src/db/book-db.ts';

// A fresh in-memory IndexedDB per book (fake-indexeddb), so tests never share records.
let count = 0;

export function testBook(options: BookOptions = {}): BookDb {
  count += 1;
  return new BookDb(`test-book-${count}`, { indexedDB: new IDBFactory(), IDBKeyRange, ...options });
}

export const SHANGHAI = 'Asia/Shanghai';
export const GMAIL_URL = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXkTbRmJwPcLdNvBsHqZtKrWxY';
export const ACCOUNT =
  accountOf(GMAIL_URL) ??
  (() => {
    throw new Error('no account');
  })();
export const OWN_DOMAINS = ['our-valves.example'];

// Monday 2 March 2026: 17:00 in Shanghai is 10:00 in Berlin.
export const RECEIVED = '2026-03-02T17:00:00';
export const RECEIVED_AT = Date.parse('2026-03-02T09:00:00Z');
export const at = (iso: string) => Date.parse(iso);

export const buyerInquiry: MailMessage = {
  from: { name: 'Hans Keller', email: 'hans.keller@kessler-armaturen.de' },
  replyTo: [],
  to: [{ name: 'Sales', email: 'sales@our-valves.example' }],
  cc: [],
  subject: 'RFQ: 500 pcs DN25 brass ball valves, FOB Ningbo',
  date: RECEIVED,
  bodyText: 'Please quote 500 pcs DN25 brass ball valves, FOB Ningbo, delivery in May.',
  signatureText: 'Hans Keller\nEinkauf\nKessler Armaturen GmbH\n+49 711 555 0100',
  quotedText: null,
  attachments: [],
  links: [],
};

export const inquiryGrade = (inquiryClass: InquiryGrade['class'] = 'A'): InquiryGrade => ({
  kind: 'inquiry',
  reason: 'trade-inquiry',
  language: 'en',
  class: inquiryClass,
  total: 720,
  factors: { source: 17, product: 18, terms: 18, identity: 16, fit: 10, intent: 8 },
  evidence: [{ ruleId: 'quantity', factor: 'terms', points: 6, evidence: '500 pcs' }],
  redFlags: [],
  fitNeutral: true,
});

export const ourAnswer = (date: string, from = 'sales@our-valves.example'): MailMessage => ({
  ...buyerInquiry,
  from: { name: 'Li Wei', email: from },
  to: [{ name: 'Hans Keller', email: 'hans.keller@kessler-armaturen.de' }],
  subject: `Re: ${buyerInquiry.subject}`,
  date,
  bodyText: 'Dear Hans, please find our quotation attached: USD 4.20/pc FOB Ningbo.',
  signatureText: 'Li Wei\nOur Valves Co., Ltd.',
});

export const buyerReply = (date: string, text: string): MailMessage => ({
  ...buyerInquiry,
  to: [{ name: 'Li Wei', email: 'sales@our-valves.example' }],
  subject: `Re: ${buyerInquiry.subject}`,
  date,
  bodyText: text,
  quotedText: 'USD 4.20/pc FOB Ningbo',
});

export const replyGrade = (
  kind: ReplyGrade['feedbackKinds'][number],
  evidence = '',
): ReplyGrade => ({
  kind: 'reply',
  reason: 'quote-reply',
  language: 'en',
  feedbackKinds: [kind],
  evidence: [{ kind, evidence }],
});

export const otherGrade = { kind: 'other', reason: 'own-mail', language: 'en' } as const;

export function reading(
  messageKey: string,
  message: MailMessage,
  grade: Reading['grade'],
  overrides: Partial<Reading> = {},
): Reading {
  return {
    account: ACCOUNT,
    url: GMAIL_URL,
    messageKey,
    message,
    grade,
    ownDomains: OWN_DOMAINS,
    ...overrides,
  };
}

export const moment = (iso: string) => ({ now: at(iso), sellerTimeZone: SHANGHAI });
