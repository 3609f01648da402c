import { CLASSES } from '../grade-types.ts';
import type { MetricTable } from './dashboard.ts';
import type { FeedbackRateRow } from './feedback-rate.ts';
import { RESPONSE_BUCKETS } from './first-response.ts';
import type { OutcomeRow } from './outcomes.ts';
import type { StepsOnTimeRow } from './steps-on-time.ts';

// Each table as CSV would hold it: a header row, then rows of strings. Quoting and line ends
// are the UI's CSV library's job. Shares are fractions (0.8125), empty where nothing counted,
// so a spreadsheet can format them as it likes.

export type CsvRows = string[][];

export function toCsvRows(table: MetricTable): CsvRows {
  switch (table.kind) {
    case 'feedback-rate':
      return feedbackCsv(table.by, [...table.rows, table.total]);
    case 'first-response':
      return [
        [
          'class',
          'inquiries',
          'answered',
          'pending',
          'judged',
          'within_limit',
          'share',
          ...bucketHeads(),
        ],
        ...table.rows.map((row) => [
          row.class,
          ...counts(row.inquiries, row.answered, row.pending, row.judged, row.withinLimit),
          fraction(row.share),
          ...RESPONSE_BUCKETS.map((bucket) => String(row.buckets[bucket.id])),
        ]),
      ];
    case 'inquiries-over-time':
      return [
        [table.period, ...CLASSES, 'total'],
        ...table.rows.map((row) => [
          row.period,
          ...counts(...CLASSES.map((inquiryClass) => row.counts[inquiryClass]), row.total),
        ]),
      ];
    case 'steps-on-time':
      return stepsCsv([...table.rows, table.total]);
    case 'outcomes':
      return outcomesCsv([...table.rows, table.total]);
  }
}

function feedbackCsv(by: string, rows: FeedbackRateRow[]): CsvRows {
  const head = [by, 'sent', 'eligible_7d', 'answered_7d', 'rate_7d'];
  return [
    [...head, 'eligible_30d', 'answered_30d', 'rate_30d'],
    ...rows.map((row) => [
      row.group,
      String(row.sent),
      ...[row.within[7], row.within[30]].flatMap((rate) => [
        ...counts(rate.eligible, rate.answered),
        fraction(rate.rate),
      ]),
    ]),
  ];
}

function stepsCsv(rows: StepsOnTimeRow[]): CsvRows {
  return [
    ['class', 'judged', 'on_time', 'late', 'missed', 'pending', 'share_on_time'],
    ...rows.map((row) => [
      row.group,
      ...counts(row.judged, row.onTime, row.late, row.missed, row.pending),
      fraction(row.share),
    ]),
  ];
}

function outcomesCsv(rows: OutcomeRow[]): CsvRows {
  return [
    ['class', 'ordered', 'lost', 'decided', 'share_ordered'],
    ...rows.map((row) => [
      row.group,
      ...counts(row.ordered, row.lost, row.decided),
      fraction(row.orderedShare),
    ]),
  ];
}

function bucketHeads(): string[] {
  return RESPONSE_BUCKETS.map((bucket) =>
    Number.isFinite(bucket.upTo) ? `up_to_${bucket.id}` : bucket.id.replace('-', '_'),
  );
}

function counts(...values: number[]): string[] {
  return values.map(String);
}

function fraction(value: number | null): string {
  return value === null ? '' : String(Math.round(value * 10_000) / 10_000);
}
