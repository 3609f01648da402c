import { describe, expect, it } from 'vitest';
import { toCsvRows } from '../../../src/core/metrics/csv.ts';
import { dashboardTables } from '../../../src/core/metrics/dashboard.ts';
import { inquiry, options, outcome, quotation, step } from './fixtures.ts';

const APRIL = options('2026-04-01 00:00', '2026-05-01 00:00', '2026-06-01 00:00');

const tables = dashboardTables(
  {
    inquiries: [inquiry('A', '2026-04-07 10:00', 12), inquiry('D', '2026-04-08 10:00', 60 * 30)],
    quotations: [
      quotation('2026-04-07 10:12', 2, 'A', 'website'),
      quotation('2026-04-09 10:00', null, 'D'),
    ],
    steps: [step('A', '2026-04-08 09:30', 2), step('D', '2026-04-16 09:30', null)],
    outcomes: [outcome('A', '2026-04-20 10:00', 'ordered')],
  },
  APRIL,
);

const csv = (rows: string[][]) => rows.map((row) => row.join(','));

describe('toCsvRows: a header, then rows of strings', () => {
  it('feedback rate, with the total last', () => {
    expect(csv(toCsvRows(tables.feedbackBySource))).toMatchInlineSnapshot(`
      [
        "source,sent,eligible_7d,answered_7d,rate_7d,eligible_30d,answered_30d,rate_30d",
        "alibaba,1,1,0,0,1,0,0",
        "website,1,1,1,1,1,1,1",
        "all,2,2,1,0.5,2,1,0.5",
      ]
    `);
  });

  it('first response, buckets as columns', () => {
    expect(csv(toCsvRows(tables.firstResponse))).toMatchInlineSnapshot(`
      [
        "class,inquiries,answered,pending,judged,within_limit,share,up_to_15m,up_to_30m,up_to_1h,up_to_4h,up_to_1d,up_to_3d,over_3d",
        "A,1,1,0,1,1,1,1,0,0,0,0,0,0",
        "B,0,0,0,0,0,,0,0,0,0,0,0,0",
        "C,0,0,0,0,0,,0,0,0,0,0,0,0",
        "D,1,1,0,1,0,0,0,0,0,0,0,1,0",
        "E,0,0,0,0,0,,0,0,0,0,0,0,0",
      ]
    `);
  });

  it('inquiries by week', () => {
    expect(csv(toCsvRows(tables.inquiriesByWeek))).toMatchInlineSnapshot(`
      [
        "week,A,B,C,D,E,total",
        "2026-W14,0,0,0,0,0,0",
        "2026-W15,1,0,0,1,0,2",
        "2026-W16,0,0,0,0,0,0",
        "2026-W17,0,0,0,0,0,0",
        "2026-W18,0,0,0,0,0,0",
      ]
    `);
  });

  it('steps on time and outcomes', () => {
    expect(csv(toCsvRows(tables.stepsOnTime))).toMatchInlineSnapshot(`
      [
        "class,judged,on_time,late,missed,pending,share_on_time",
        "A,1,1,0,0,0,1",
        "B,0,0,0,0,0,",
        "C,0,0,0,0,0,",
        "D,1,0,0,1,0,0",
        "all,2,1,0,1,0,0.5",
      ]
    `);
    expect(csv(toCsvRows(tables.outcomes))).toMatchInlineSnapshot(`
      [
        "class,ordered,lost,decided,share_ordered",
        "A,1,0,1,1",
        "B,0,0,0,",
        "C,0,0,0,",
        "D,0,0,0,",
        "E,0,0,0,",
        "all,1,0,1,1",
      ]
    `);
  });

  it('has as many cells in every row as in the header', () => {
    for (const table of Object.values(tables)) {
      const [header = [], ...rows] = toCsvRows(table);
      expect(
        rows.every(
          (row) => row.length === header.length && row.every((cell) => typeof cell === 'string'),
        ),
      ).toBe(true);
    }
  });
});
