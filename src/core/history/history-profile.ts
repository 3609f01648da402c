import type { FeedbackKind, InquiryClass } from '../grade-types.ts';
import type { Weighted } from './prng.ts';

// What a plausible small export sales desk sees, in the spirit of the course: few A and B
// inquiries, many C and D, a steady trickle of junk; fast, complete answers to A and B get
// most quotations answered, slow ones noticeably fewer. The numbers are judgement, not data.

export const CLASS_WEIGHTS: Weighted<InquiryClass> = [
  ['A', 6],
  ['B', 16],
  ['C', 30],
  ['D', 28],
  ['E', 20],
];

export const SOURCE_WEIGHTS: Record<InquiryClass, Weighted<string>> = {
  A: [
    ['existing-customer', 40],
    ['website', 35],
    ['trade-fair', 25],
  ],
  B: [
    ['alibaba', 45],
    ['made-in-china', 25],
    ['global-sources', 15],
    ['outreach', 15],
  ],
  C: [
    ['alibaba', 35],
    ['made-in-china', 20],
    ['website', 25],
    ['direct-email', 20],
  ],
  D: [
    ['alibaba', 30],
    ['made-in-china', 20],
    ['direct-email', 50],
  ],
  E: [
    ['direct-email', 70],
    ['alibaba', 20],
    ['website', 10],
  ],
};

export const BUYER_COUNTRIES: Weighted<string> = [
  ['DE', 14],
  ['US', 16],
  ['GB', 8],
  ['ES', 8],
  ['MX', 7],
  ['BR', 6],
  ['RU', 8],
  ['AE', 7],
  ['IN', 8],
  ['AU', 5],
  ['PL', 5],
  ['NG', 8],
];

type ClassFigures = {
  answered: number; // share that gets any first response
  onTime: number; // of those, share answered within the class's limit
  quoted: number; // of those answered, share that gets a quotation
  buyerAnswers: number; // of quotations after a timely answer, share the buyer answers
  ordered: number; // of answered quotations (not declined), share that become orders
};

export const CLASS_FIGURES: Record<InquiryClass, ClassFigures> = {
  A: { answered: 1, onTime: 0.72, quoted: 0.95, buyerAnswers: 0.9, ordered: 0.6 },
  B: { answered: 0.99, onTime: 0.7, quoted: 0.9, buyerAnswers: 0.72, ordered: 0.4 },
  C: { answered: 0.95, onTime: 0.82, quoted: 0.55, buyerAnswers: 0.45, ordered: 0.2 },
  D: { answered: 0.85, onTime: 0.88, quoted: 0.6, buyerAnswers: 0.2, ordered: 0.08 },
  E: { answered: 0.5, onTime: 1, quoted: 0, buyerAnswers: 0, ordered: 0 },
};

// A late first answer costs replies: the course's "answered too late".
export const LATE_ANSWER_PENALTY = 0.7;

export const REPLY_KIND_WEIGHTS: Weighted<FeedbackKind> = [
  ['bargaining', 25],
  ['comparing_offers', 15],
  ['further_questions', 15],
  ['sample_request', 12],
  ['ready_to_order', 8],
  ['awaiting_client_feedback', 8],
  ['found_other_supplier', 5],
  ['ordered_elsewhere', 5],
  ['not_interested', 4],
  ['references_request', 3],
];

export const DECLINED: readonly FeedbackKind[] = [
  'found_other_supplier',
  'ordered_elsewhere',
  'not_interested',
];

// Follow-up steps: done on the day, done late, or forgotten.
export const STEP_DONE = { onTime: 0.76, late: 0.14 } as const;

// Inquiries per working day; weekends bring a quarter of that (buyers elsewhere still write).
export const INQUIRIES_PER_DAY = 6;
export const WEEKEND_SHARE = 0.25;

// A silent quotation is written off as lost after two months, about half the time.
export const SILENT_LOST_AFTER_DAYS = 60;
export const SILENT_LOST_SHARE = 0.5;
