import { describe, expect, it } from 'vitest';
import { inquiriesOverTimeTable } from '../../../src/core/metrics/inquiries-over-time.ts';
import { outcomeTable } from '../../../src/core/metrics/outcomes.ts';
import { stepsOnTimeTable } from '../../../src/core/metrics/steps-on-time.ts';
import { inquiry, options, outcome, step } from './fixtures.ts';

describe('inquiriesOverTimeTable', () => {
  const records = [
    inquiry('A', '2026-12-28 09:00', 5),
    inquiry('C', '2026-12-31 23:30', null),
    inquiry('C', '2027-01-01 00:30', null),
    inquiry('E', '2027-01-05 10:00', null),
  ];
  const range = options('2026-12-21 00:00', '2027-01-11 00:00', '2027-01-11 00:00');
  const rowsOf = (period: 'week' | 'month') =>
    inquiriesOverTimeTable(records, period, range).rows.map((row) => [
      row.period,
      row.counts.A,
      row.counts.C,
      row.counts.E,
      row.total,
    ]);

  it('counts by ISO week, across the new year, empty weeks included', () => {
    // 2026 has 53 ISO weeks: 28 December 2026 to 3 January 2027 is 2026-W53.
    expect(rowsOf('week')).toEqual([
      ['2026-W52', 0, 0, 0, 0],
      ['2026-W53', 1, 2, 0, 3],
      ['2027-W01', 0, 0, 1, 1],
    ]);
  });

  it("counts by the seller's month", () => {
    expect(rowsOf('month')).toEqual([
      ['2026-12', 1, 1, 0, 2],
      ['2027-01', 0, 1, 1, 2],
    ]);
  });
});

describe('stepsOnTimeTable: a step is on time when done within a day of falling due', () => {
  const JUNE = options('2026-06-01 00:00', '2026-07-01 00:00', '2026-06-20 12:00');

  it.each([
    ['done an hour after', 1, [1, 0, 0]],
    ['done 24 hours after', 24, [1, 0, 0]],
    ['done two days after', 48, [0, 1, 0]],
    ['not done, its day long over', null, [0, 0, 1]],
  ] as const)('%s', (_name, hours, [onTime, late, missed]) => {
    const { total } = stepsOnTimeTable([step('B', '2026-06-10 09:30', hours)], JUNE);

    expect(total).toEqual({
      group: 'all',
      judged: 1,
      onTime,
      late,
      missed,
      pending: 0,
      share: onTime,
    });
  });

  it('leaves out steps still open within their day, and steps due outside the range', () => {
    const steps = [step('A', '2026-06-20 09:30', null), step('A', '2026-05-31 09:30', 1)];
    const { rows, total } = stepsOnTimeTable(steps, JUNE);

    expect([total.pending, total.judged, total.share]).toEqual([1, 0, null]);
    expect(rows.map((row) => row.group)).toEqual(['A', 'B', 'C', 'D']);
  });
});

describe('outcomeTable', () => {
  it('counts orders and losses by class, when decided', () => {
    const Q3 = options('2026-07-01 00:00', '2026-10-01 00:00', '2026-10-01 00:00');
    const table = outcomeTable(
      [
        outcome('A', '2026-07-03 10:00', 'ordered'),
        outcome('A', '2026-08-03 10:00', 'ordered'),
        outcome('A', '2026-08-09 10:00', 'lost'),
        outcome('C', '2026-09-30 10:00', 'lost'),
        outcome('C', '2026-10-01 10:00', 'ordered'),
      ],
      Q3,
    );

    expect(table.rows.map((row) => [row.group, row.ordered, row.lost, row.orderedShare])).toEqual([
      ['A', 2, 1, 2 / 3],
      ['B', 0, 0, null],
      ['C', 0, 1, 0],
      ['D', 0, 0, null],
      ['E', 0, 0, null],
    ]);
    expect(table.total).toEqual({
      group: 'all',
      ordered: 2,
      lost: 2,
      decided: 4,
      orderedShare: 0.5,
    });
  });
});
