import { TZDate } from '@date-fns/tz';
import {
  addMonths,
  addWeeks,
  getISOWeek,
  getISOWeekYear,
  startOfISOWeek,
  startOfMonth,
} from 'date-fns';
import type { DateRange, Instant } from './records.ts';

// Weeks and months are the seller's: an inquiry at 01:00 on 1 March in Shanghai belongs to
// March even though it is still February in UTC. Weeks are ISO weeks (Monday first).

export type Period = 'week' | 'month';

export const DAY_MS = 24 * 60 * 60 * 1000;

export function inRange(at: Instant, range: DateRange): boolean {
  return at >= range.from.getTime() && at < range.to.getTime();
}

export function periodKey(at: Instant, period: Period, timeZone: string): string {
  const local = new TZDate(at, timeZone);
  if (period === 'month') return `${local.getFullYear()}-${pad(local.getMonth() + 1)}`;

  return `${getISOWeekYear(local)}-W${pad(getISOWeek(local))}`;
}

// Every period the range touches, empty ones included, so a chart's axis has no gaps.
export function periodsOf(range: DateRange, period: Period, timeZone: string): string[] {
  const keys: string[] = [];
  let start: Date = startOf(new TZDate(range.from.getTime(), timeZone), period);

  while (start.getTime() < range.to.getTime()) {
    keys.push(periodKey(start.getTime(), period, timeZone));
    start = period === 'month' ? addMonths(start, 1) : addWeeks(start, 1);
  }

  return keys;
}

function startOf(local: TZDate, period: Period): TZDate {
  return period === 'month' ? startOfMonth(local) : startOfISOWeek(local);
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

export function share(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

export function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();

  for (const item of items) {
    const key = keyOf(item);
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }

  return groups;
}
