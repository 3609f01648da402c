import { generateHistory } from '../core/history/generate-history.ts';
import type { DateRange, HistoryRecords } from '../core/metrics/records.ts';

// Sample data for `?demo=SEED`: six months of generated history in the seller's zone, with
// "now" fixed at the end so the same seed always shows the same figures.

export const DEMO_TIME_ZONE = 'Asia/Shanghai';

export const DEMO_RANGE: DateRange = {
  from: new Date('2026-01-01T00:00:00+08:00'),
  to: new Date('2026-07-01T00:00:00+08:00'),
};

export function demoSeedOf(search: string): number | null {
  const value = new URLSearchParams(search).get('demo');
  if (value === null || !/^\d{1,9}$/.test(value)) return null;
  return Number(value);
}

export function demoRecords(seed: number): HistoryRecords {
  return generateHistory({
    seed,
    range: DEMO_RANGE,
    now: DEMO_RANGE.to,
    sellerTimeZone: DEMO_TIME_ZONE,
  });
}
