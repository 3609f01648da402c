import type { SellerOptions } from '../cadence/response-limit.ts';
import type { FeedbackKind, InquiryClass } from '../grade-types.ts';

// The plain records the dashboard is computed from. Times are epoch milliseconds, as the
// prospect book stores them, so its rows map over without conversion and survive JSON.

export type Instant = number;

// Where the inquiry came from, as the book labels it ("alibaba", "website", "trade-fair" ...):
// the metrics group by whatever labels they are given.
export type InquirySource = string;

export type InquiryRecord = {
  id: string;
  class: InquiryClass;
  source: InquirySource;
  receivedAt: Instant;
  // The seller's first answer; null while unanswered.
  firstResponseAt: Instant | null;
};

export type QuotationRecord = {
  id: string;
  inquiryId: string;
  class: InquiryClass;
  source: InquirySource;
  sentAt: Instant;
  // The buyer's first answer of any kind but an auto-reply; null while none came.
  answeredAt: Instant | null;
  replyKind: FeedbackKind | null;
};

export type StepRecord = {
  id: string;
  quotationId: string;
  class: InquiryClass;
  channel: 'email' | 'phone';
  dueAt: Instant;
  doneAt: Instant | null;
};

export type Outcome = 'ordered' | 'lost';

export type OutcomeRecord = {
  inquiryId: string;
  class: InquiryClass;
  outcome: Outcome;
  decidedAt: Instant;
};

export type HistoryRecords = {
  inquiries: InquiryRecord[];
  quotations: QuotationRecord[];
  steps: StepRecord[];
  outcomes: OutcomeRecord[];
};

// Half-open: `from` is in the range, `to` is not, so consecutive months never share a day.
export type DateRange = { from: Date; to: Date };

export type MetricsOptions = {
  range: DateRange;
  now: Date;
  // The seller's zone: months, weeks and working days are the seller's.
  timeZone: string;
  seller?: SellerOptions;
};
