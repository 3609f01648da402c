import { firstResponseDue } from '../../../src/core/cadence/response-limit.ts';
import { CLASSES, type InquiryClass } from '../../../src/core/grade-types.ts';
import type { HistoryRecords } from '../../../src/core/metrics/records.ts';

// The dashboard's figures computed a second, plainer way, straight from the raw records: Intl
// for the seller's calendar, loops and counters for the rest. Only the response limits come
// from the cadence module, which the product defines them in.

const DAY = 24 * 60 * 60 * 1000;

export type Window = { from: number; to: number; now: number; timeZone: string };

const inside = (at: number, w: Window) => at >= w.from && at < w.to;

const formats = new Map<string, Intl.DateTimeFormat>();

export function localParts(at: number, timeZone: string): { y: number; m: number; d: number } {
  const format =
    formats.get(timeZone) ??
    new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
  formats.set(timeZone, format);
  const parts = format.formatToParts(new Date(at));
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return { y: part('year'), m: part('month'), d: part('day') };
}

export function monthOf(at: number, timeZone: string): string {
  const { y, m } = localParts(at, timeZone);
  return `${y}-${String(m).padStart(2, '0')}`;
}

// ISO 8601: the week belongs to the year of its Thursday.
export function isoWeekOf(at: number, timeZone: string): string {
  const { y, m, d } = localParts(at, timeZone);
  const date = Date.UTC(y, m - 1, d);
  const weekday = (new Date(date).getUTCDay() + 6) % 7;
  const thursday = new Date(date + (3 - weekday) * DAY);
  const year = thursday.getUTCFullYear();
  const week = 1 + Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * DAY));
  return `${year}-W${String(week).padStart(2, '0')}`;
}

export function feedbackCounts(
  records: HistoryRecords,
  w: Window,
  keyOf: (q: HistoryRecords['quotations'][number]) => string,
) {
  const counts = new Map<
    string,
    { sent: number; e7: number; a7: number; e30: number; a30: number }
  >();
  for (const q of records.quotations) {
    if (!inside(q.sentAt, w)) continue;
    const c = counts.get(keyOf(q)) ?? { sent: 0, e7: 0, a7: 0, e30: 0, a30: 0 };
    c.sent++;
    if (q.sentAt + 7 * DAY <= w.now) {
      c.e7++;
      if (q.answeredAt !== null && q.answeredAt - q.sentAt <= 7 * DAY) c.a7++;
    }
    if (q.sentAt + 30 * DAY <= w.now) {
      c.e30++;
      if (q.answeredAt !== null && q.answeredAt - q.sentAt <= 30 * DAY) c.a30++;
    }
    counts.set(keyOf(q), c);
  }
  return counts;
}

export function firstResponseCounts(records: HistoryRecords, w: Window) {
  const counts = Object.fromEntries(
    CLASSES.map((c) => [c, { inquiries: 0, answered: 0, judged: 0, within: 0 }]),
  ) as Record<
    InquiryClass,
    { inquiries: number; answered: number; judged: number; within: number }
  >;

  for (const inquiry of records.inquiries) {
    if (!inside(inquiry.receivedAt, w)) continue;
    const c = counts[inquiry.class];
    const due = firstResponseDue(
      new Date(inquiry.receivedAt),
      inquiry.class,
      w.timeZone,
    )?.getTime();
    c.inquiries++;
    if (inquiry.firstResponseAt !== null) c.answered++;
    if (due === undefined) continue;
    if (inquiry.firstResponseAt !== null || due < w.now) c.judged++;
    if (inquiry.firstResponseAt !== null && inquiry.firstResponseAt <= due) c.within++;
  }
  return counts;
}

export function countBy<T>(items: T[], keep: (item: T) => boolean, keyOf: (item: T) => string) {
  const counts = new Map<string, number>();
  for (const item of items)
    if (keep(item)) counts.set(keyOf(item), (counts.get(keyOf(item)) ?? 0) + 1);
  return counts;
}

export function stepCounts(records: HistoryRecords, w: Window) {
  let onTime = 0;
  let late = 0;
  let missed = 0;
  for (const step of records.steps) {
    if (!inside(step.dueAt, w)) continue;
    if (step.doneAt !== null && step.doneAt <= step.dueAt + DAY) onTime++;
    else if (step.doneAt !== null) late++;
    else if (step.dueAt + DAY < w.now) missed++;
  }
  return { onTime, late, missed };
}

export const inWindow = inside;
