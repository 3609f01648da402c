import { firstResponseDue } from '../cadence/response-limit.ts';
import { weekendOf } from '../cadence/weekends.ts';
import { nextOpenMoment, SELLER_HOURS } from '../cadence/work-calendar.ts';
import { CLASSES, type InquiryClass } from '../grade-types.ts';
import { inRange, share } from './periods.ts';
import type { InquiryRecord, MetricsOptions } from './records.ts';

// How fast each class got its first answer, against method.md section 6's limits.

const MINUTE_MS = 60_000;

// Upper bounds in minutes; the last bucket takes the rest.
export const RESPONSE_BUCKETS = [
  { id: '15m', upTo: 15 },
  { id: '30m', upTo: 30 },
  { id: '1h', upTo: 60 },
  { id: '4h', upTo: 240 },
  { id: '1d', upTo: 1440 },
  { id: '3d', upTo: 4320 },
  { id: 'over-3d', upTo: Number.POSITIVE_INFINITY },
] as const;
export type ResponseBucket = (typeof RESPONSE_BUCKETS)[number]['id'];

// judged: answered, or unanswered past the limit. pending: unanswered, the limit still ahead.
export type FirstResponseRow = {
  class: InquiryClass;
  inquiries: number;
  answered: number;
  pending: number;
  judged: number;
  withinLimit: number;
  share: number | null;
  buckets: Record<ResponseBucket, number>;
};

export type FirstResponseTable = { kind: 'first-response'; rows: FirstResponseRow[] };

export function firstResponseTable(
  inquiries: readonly InquiryRecord[],
  options: MetricsOptions,
): FirstResponseTable {
  const inside = inquiries.filter((inquiry) => inRange(inquiry.receivedAt, options.range));
  const rows = CLASSES.map((inquiryClass) =>
    responseRow(
      inquiryClass,
      inside.filter((inquiry) => inquiry.class === inquiryClass),
      options,
    ),
  );

  return { kind: 'first-response', rows };
}

function responseRow(
  inquiryClass: InquiryClass,
  inquiries: InquiryRecord[],
  options: MetricsOptions,
): FirstResponseRow {
  const row = emptyRow(inquiryClass, inquiries.length);
  for (const inquiry of inquiries) tally(row, inquiry, options);

  return { ...row, share: share(row.withinLimit, row.judged) };
}

function tally(row: FirstResponseRow, inquiry: InquiryRecord, options: MetricsOptions): void {
  const received = new Date(inquiry.receivedAt);
  const due = firstResponseDue(received, inquiry.class, options.timeZone, options.seller);
  const answered = inquiry.firstResponseAt;

  if (answered !== null) {
    row.answered += 1;
    row.buckets[bucketOf(officeMinutes(inquiry.receivedAt, answered, options))] += 1;
  }
  if (!due) return;

  if (answered === null && due.getTime() >= options.now.getTime()) row.pending += 1;
  else row.judged += 1;
  if (answered !== null && answered <= due.getTime()) row.withinLimit += 1;
}

function emptyRow(inquiryClass: InquiryClass, inquiries: number): FirstResponseRow {
  const buckets = Object.fromEntries(RESPONSE_BUCKETS.map((bucket) => [bucket.id, 0]));
  return {
    class: inquiryClass,
    inquiries,
    answered: 0,
    pending: 0,
    judged: 0,
    withinLimit: 0,
    share: null,
    buckets: buckets as Record<ResponseBucket, number>,
  };
}

// The response time counts from when the seller's office opened after the inquiry arrived, as
// the limits do: a reply at 09:10 to a mail of 03:00 took ten minutes, not six hours.
function officeMinutes(receivedAt: number, answeredAt: number, options: MetricsOptions): number {
  const calendar = {
    timeZone: options.timeZone,
    ...SELLER_HOURS,
    weekend: weekendOf(options.seller?.sellerCountry),
    isHoliday: options.seller?.isSellerHoliday,
  };
  const opened = nextOpenMoment(new Date(receivedAt), calendar).getTime();

  return Math.max(0, answeredAt - opened) / MINUTE_MS;
}

function bucketOf(minutes: number): ResponseBucket {
  const bucket = RESPONSE_BUCKETS.find((candidate) => minutes <= candidate.upTo);
  return bucket?.id ?? 'over-3d';
}
