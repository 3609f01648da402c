import { CLASSES } from '../grade-types.ts';
import { DAY_MS, groupBy, inRange, periodKey, periodsOf, share } from './periods.ts';
import type { Instant, MetricsOptions, QuotationRecord } from './records.ts';

// The course's promise in numbers: of the quotations sent, how many did the buyer answer within
// 7 and within 30 days.

export const FEEDBACK_WINDOWS = [7, 30] as const;
export type FeedbackWindow = (typeof FEEDBACK_WINDOWS)[number];
export type FeedbackGrouping = 'class' | 'source' | 'month';

export type WindowRate = { eligible: number; answered: number; rate: number | null };

export type FeedbackRateRow = {
  group: string;
  sent: number;
  within: Record<FeedbackWindow, WindowRate>;
};

export type FeedbackRateTable = {
  kind: 'feedback-rate';
  by: FeedbackGrouping;
  rows: FeedbackRateRow[];
  total: FeedbackRateRow;
};

export function feedbackRateTable(
  quotations: readonly QuotationRecord[],
  by: FeedbackGrouping,
  options: MetricsOptions,
): FeedbackRateTable {
  const sent = quotations.filter((quotation) => inRange(quotation.sentAt, options.range));
  const now = options.now.getTime();
  const groups = groupBy(sent, (quotation) => groupOf(quotation, by, options.timeZone));
  const rows = groupKeys(by, groups, options).map((group) =>
    feedbackRow(group, groups.get(group) ?? [], now),
  );

  return { kind: 'feedback-rate', by, rows, total: feedbackRow('all', sent, now) };
}

function groupOf(quotation: QuotationRecord, by: FeedbackGrouping, timeZone: string): string {
  if (by === 'class') return quotation.class;
  if (by === 'source') return quotation.source;

  return periodKey(quotation.sentAt, 'month', timeZone);
}

// Classes and months keep their natural order, empty ones included; sources by volume.
function groupKeys(
  by: FeedbackGrouping,
  groups: Map<string, QuotationRecord[]>,
  options: MetricsOptions,
): string[] {
  if (by === 'class') return [...CLASSES];
  if (by === 'month') return periodsOf(options.range, 'month', options.timeZone);

  return [...groups.keys()].sort(
    (a, b) => (groups.get(b)?.length ?? 0) - (groups.get(a)?.length ?? 0) || a.localeCompare(b),
  );
}

function feedbackRow(group: string, quotations: QuotationRecord[], now: Instant): FeedbackRateRow {
  return {
    group,
    sent: quotations.length,
    within: { 7: windowRate(quotations, 7, now), 30: windowRate(quotations, 30, now) },
  };
}

// A quotation sent three days ago has not yet had its seven days: counting it as unanswered
// would pull the rate down, counting only the recent ones already answered would push it up.
// So it leaves both the numerator and the denominator until its window has closed.
function windowRate(quotations: QuotationRecord[], days: FeedbackWindow, now: Instant): WindowRate {
  const span = days * DAY_MS;
  const eligible = quotations.filter((quotation) => quotation.sentAt + span <= now);
  const answered = eligible.filter(
    (quotation) =>
      quotation.answeredAt !== null &&
      quotation.answeredAt >= quotation.sentAt &&
      quotation.answeredAt - quotation.sentAt <= span,
  ).length;

  return { eligible: eligible.length, answered, rate: share(answered, eligible.length) };
}
