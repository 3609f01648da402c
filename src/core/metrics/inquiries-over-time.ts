import { CLASSES, type InquiryClass } from '../grade-types.ts';
import { inRange, type Period, periodKey, periodsOf } from './periods.ts';
import type { InquiryRecord, MetricsOptions } from './records.ts';

export type InquiriesOverTimeRow = {
  period: string;
  counts: Record<InquiryClass, number>;
  total: number;
};

export type InquiriesOverTimeTable = {
  kind: 'inquiries-over-time';
  period: Period;
  rows: InquiriesOverTimeRow[];
};

export function inquiriesOverTimeTable(
  inquiries: readonly InquiryRecord[],
  period: Period,
  options: MetricsOptions,
): InquiriesOverTimeTable {
  const rows = new Map(
    periodsOf(options.range, period, options.timeZone).map((key) => [key, emptyRow(key)]),
  );

  for (const inquiry of inquiries) {
    if (!inRange(inquiry.receivedAt, options.range)) continue;

    const row = rows.get(periodKey(inquiry.receivedAt, period, options.timeZone));
    if (!row) continue;
    row.counts[inquiry.class] += 1;
    row.total += 1;
  }

  return { kind: 'inquiries-over-time', period, rows: [...rows.values()] };
}

function emptyRow(period: string): InquiriesOverTimeRow {
  const counts = Object.fromEntries(CLASSES.map((inquiryClass) => [inquiryClass, 0]));
  return { period, counts: counts as Record<InquiryClass, number>, total: 0 };
}
