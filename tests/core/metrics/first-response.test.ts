import { describe, expect, it } from 'vitest';
import { firstResponseTable } from '../../../src/core/metrics/first-response.ts';
import { inquiry, options } from './fixtures.ts';

// March 2026 seen on Wednesday 1 April at noon; the seller works 09:00-18:00 in Shanghai.
const MARCH = options('2026-03-01 00:00', '2026-04-01 00:00', '2026-04-01 12:00');

const rowOf = (records: ReturnType<typeof inquiry>[], now = MARCH) => {
  const inquiryClass = records[0]?.class ?? 'A';
  const row = firstResponseTable(records, now).rows.find((r) => r.class === inquiryClass);
  if (!row) throw new Error('no row');
  return row;
};

describe('firstResponseTable: within the limit of the class', () => {
  it.each([
    ['A answered in 10 minutes', inquiry('A', '2026-03-04 10:00', 10), 1, '15m'],
    ['A answered in 16 minutes', inquiry('A', '2026-03-04 10:00', 16), 0, '30m'],
    ['A at 03:00 answered at 09:10', inquiry('A', '2026-03-04 03:00', 370), 1, '15m'],
    [
      'A on Saturday answered Monday 09:05',
      inquiry('A', '2026-03-07 11:00', 46 * 60 + 5),
      1,
      '15m',
    ],
    ['B answered in 45 minutes', inquiry('B', '2026-03-04 10:00', 45), 0, '1h'],
    ['C at 10:00 answered at 17:00', inquiry('C', '2026-03-04 10:00', 420), 1, '1d'],
    ['C at 10:00 answered next morning', inquiry('C', '2026-03-04 10:00', 23 * 60), 0, '1d'],
    [
      'D on Friday answered Monday (the weekend counts)',
      inquiry('D', '2026-03-06 10:00', 72 * 60),
      1,
      '3d',
    ],
  ] as const)('%s', (_name, record, within, bucket) => {
    const row = rowOf([record]);

    expect([row.withinLimit, row.judged, row.share]).toEqual([within, 1, within]);
    expect(Object.entries(row.buckets).filter(([, count]) => count > 0)).toEqual([[bucket, 1]]);
  });

  it('counts an unanswered inquiry as late once its limit has passed, pending before', () => {
    const now = options('2026-03-01 00:00', '2026-04-01 00:00', '2026-03-31 10:00');
    const row = rowOf(
      [inquiry('D', '2026-03-25 10:00', null), inquiry('D', '2026-03-30 16:00', null)],
      now,
    );

    expect(row).toMatchObject({ inquiries: 2, answered: 0, judged: 1, pending: 1, withinLimit: 0 });
    expect(row.share).toBe(0);
  });

  it('gives class E no limit, so no share, but still its response times', () => {
    const row = rowOf([inquiry('E', '2026-03-04 10:00', 3 * 24 * 60)]);

    expect(row).toMatchObject({ inquiries: 1, answered: 1, judged: 0, share: null });
    expect(row.buckets['3d']).toBe(1);
  });

  it('lists every class in order, inquiries outside the range left out', () => {
    const table = firstResponseTable(
      [inquiry('B', '2026-02-28 23:59', 5), inquiry('B', '2026-03-02 10:00', 5)],
      MARCH,
    );

    expect(table.rows.map((row) => [row.class, row.inquiries])).toEqual([
      ['A', 0],
      ['B', 1],
      ['C', 0],
      ['D', 0],
      ['E', 0],
    ]);
  });
});
