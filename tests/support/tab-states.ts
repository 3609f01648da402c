import type { Grade, InquiryGrade } from '../../src/core/grade-types.ts';
import type { MailMessage } from '../../src/core/message.ts';
import type { TabState } from '../../src/messages/tab-state.ts';

// Hand-built grades and tab states: the panel and the message schemas are tested without
// the scorer, so a change in scoring never breaks these tests.

export const inquiryMessage: MailMessage = {
  from: { name: 'Omar Haddad', email: 'omar.haddad@gulf-fittings.example' },
  replyTo: [],
  to: [{ name: null, email: 'sales@our-valves.example' }],
  cc: [],
  subject: 'RFQ: 2,000 pcs DN50 ball valves, CIF Jebel Ali',
  date: '2026-03-02T09:15:00.000Z',
  bodyText: 'Please quote 2,000 pcs DN50 stainless ball valves, CIF Jebel Ali, delivery in May.',
  signatureText: 'Omar Haddad\nPurchasing Manager\nGulf Fittings LLC\n+971 4 555 0100',
  quotedText: null,
  attachments: [{ name: 'valve-drawing.pdf' }],
  links: [],
};

export const inquiryGrade: InquiryGrade = {
  kind: 'inquiry',
  reason: 'trade-inquiry',
  language: 'en',
  class: 'B',
  total: 612,
  factors: { source: 16, product: 18, terms: 17, identity: 15, fit: 10, intent: 8 },
  evidence: [
    { ruleId: 'direct-named-buyer', factor: 'source', points: 8, evidence: 'Omar Haddad' },
    { ruleId: 'quantity-with-unit', factor: 'terms', points: 6, evidence: '2,000 pcs' },
    { ruleId: 'incoterm-with-port', factor: 'terms', points: 5, evidence: 'CIF Jebel Ali' },
    { ruleId: 'model-number', factor: 'product', points: 5, evidence: 'DN50' },
    { ruleId: 'free-mail', factor: 'identity', points: -3, evidence: 'gulf-fittings.example' },
    { ruleId: 'dated-need', factor: 'intent', points: 2, evidence: 'delivery in May' },
  ],
  redFlags: [
    { id: 'vague-greeting', strength: 'weak', evidence: 'Dear Sir/Madam' },
    { id: 'risky-attachment', strength: 'strong', evidence: 'order.html' },
  ],
  fitNeutral: true,
};

export function tabState(grade: Grade, overrides: Partial<TabState> = {}): TabState {
  return {
    tabId: 7,
    windowId: 1,
    url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXkTbRmJwPcLdNvBsHqZtKrWxY',
    readAt: 1_772_440_000_000,
    messageKey: 'gmail:thread-f:1790000000000000001/msg-f:1790000000000000001',
    message: inquiryMessage,
    outcome: { status: 'graded', grade, forced: false },
    ...overrides,
  };
}

export const gradedState = tabState(inquiryGrade);

export const replyState = tabState({
  kind: 'reply',
  reason: 'quote-reply',
  language: 'en',
  feedbackKinds: ['bargaining', 'sample_request'],
  evidence: [
    { kind: 'bargaining', evidence: 'your price is high, can you cut 5%' },
    { kind: 'sample_request', evidence: 'send one sample first' },
  ],
});

export const notInquiryState = tabState({ kind: 'other', reason: 'mailing-list', language: 'en' });

export const unreadableState = tabState(inquiryGrade, {
  messageKey: null,
  message: null,
  outcome: { status: 'unreadable', failed: ['openMessage.root', 'openMessage.body'] },
});

export const gradeFailedState = tabState(inquiryGrade, {
  outcome: {
    status: 'grade-failed',
    error: { code: 'grade-failed', message: 'scorer exploded', issues: [] },
  },
});
