import { describe, expect, it } from 'vitest';
import { CLASSES } from '../../../src/core/grade-types.ts';
import { generateHistory } from '../../../src/core/history/generate-history.ts';
import { dashboardTables } from '../../../src/core/metrics/dashboard.ts';
import type { FeedbackRateTable } from '../../../src/core/metrics/feedback-rate.ts';
import {
  countBy,
  feedbackCounts,
  firstResponseCounts,
  inWindow,
  isoWeekOf,
  monthOf,
  stepCounts,
  type Window,
} from './independent-figures.ts';

// The "done when": for a seeded history, the dashboard shows the figures a second,
// independent computation finds in the raw records. The dashboard looks at a window inside the
// history (mid-April to mid-August) on 20 August, so the range filter and the windows that have
// not closed yet both matter.

const SHANGHAI = 'Asia/Shanghai';
const history = generateHistory({
  seed: 8,
  range: { from: new Date('2026-03-01T00:00:00+08:00'), to: new Date('2026-09-01T00:00:00+08:00') },
  now: new Date('2026-08-20T12:00:00+08:00'),
  sellerTimeZone: SHANGHAI,
});
const options = {
  range: { from: new Date('2026-04-15T00:00:00+08:00'), to: new Date('2026-08-15T00:00:00+08:00') },
  now: new Date('2026-08-20T12:00:00+08:00'),
  timeZone: SHANGHAI,
};
const w: Window = {
  from: options.range.from.getTime(),
  to: options.range.to.getTime(),
  now: options.now.getTime(),
  timeZone: SHANGHAI,
};
const tables = dashboardTables(history, options);

function shown(table: FeedbackRateTable) {
  return Object.fromEntries(
    table.rows
      .filter((row) => row.sent > 0)
      .map((row) => [
        row.group,
        {
          sent: row.sent,
          e7: row.within[7].eligible,
          a7: row.within[7].answered,
          e30: row.within[30].eligible,
          a30: row.within[30].answered,
        },
      ]),
  );
}

describe('the dashboard of a seeded history', () => {
  it('shows the quotation feedback rate found in the raw records, by class, source and month', () => {
    expect(shown(tables.feedbackByClass)).toEqual(
      Object.fromEntries(feedbackCounts(history, w, (q) => q.class)),
    );
    expect(shown(tables.feedbackBySource)).toEqual(
      Object.fromEntries(feedbackCounts(history, w, (q) => q.source)),
    );
    expect(shown(tables.feedbackByMonth)).toEqual(
      Object.fromEntries(feedbackCounts(history, w, (q) => monthOf(q.sentAt, SHANGHAI))),
    );
  });

  it('shows meaningful rates: A answered most, D least, some quotations still too recent', () => {
    const rate = (group: string) =>
      tables.feedbackByClass.rows.find((r) => r.group === group)?.within[30].rate ?? 0;
    const total = tables.feedbackByClass.total;

    expect(rate('A')).toBeGreaterThan(rate('B'));
    expect(rate('B')).toBeGreaterThan(rate('D'));
    expect(total.within[30].eligible).toBeLessThan(total.sent);
  });

  it('shows first responses within the limit as the raw records have them', () => {
    const expected = firstResponseCounts(history, w);

    for (const row of tables.firstResponse.rows) {
      const counts = expected[row.class];
      expect([row.inquiries, row.answered, row.judged, row.withinLimit]).toEqual([
        counts.inquiries,
        counts.answered,
        counts.judged,
        counts.within,
      ]);
      expect(Object.values(row.buckets).reduce((sum, n) => sum + n, 0)).toBe(row.answered);
    }
  });

  it('shows inquiries by class per month and per ISO week', () => {
    const keep = (i: (typeof history.inquiries)[number]) => inWindow(i.receivedAt, w);
    const perMonth = countBy(
      history.inquiries,
      keep,
      (i) => `${monthOf(i.receivedAt, SHANGHAI)} ${i.class}`,
    );
    const perWeek = countBy(
      history.inquiries,
      keep,
      (i) => `${isoWeekOf(i.receivedAt, SHANGHAI)} ${i.class}`,
    );
    const cells = (rows: typeof tables.inquiriesByMonth.rows) =>
      new Map(
        rows.flatMap((row) =>
          CLASSES.filter((c) => row.counts[c] > 0).map(
            (c) => [`${row.period} ${c}`, row.counts[c]] as const,
          ),
        ),
      );

    expect(cells(tables.inquiriesByMonth.rows)).toEqual(perMonth);
    expect(cells(tables.inquiriesByWeek.rows)).toEqual(perWeek);
    expect(tables.inquiriesByMonth.rows.map((row) => row.period)).toEqual([
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
    ]);
  });

  it('shows follow-up steps on time and outcomes by class', () => {
    const { total } = tables.stepsOnTime;
    const ordered = countBy(
      history.outcomes,
      (o) => inWindow(o.decidedAt, w) && o.outcome === 'ordered',
      (o) => o.class,
    );
    const lost = countBy(
      history.outcomes,
      (o) => inWindow(o.decidedAt, w) && o.outcome === 'lost',
      (o) => o.class,
    );

    expect({ onTime: total.onTime, late: total.late, missed: total.missed }).toEqual(
      stepCounts(history, w),
    );
    for (const row of tables.outcomes.rows) {
      expect([row.ordered, row.lost]).toEqual([
        ordered.get(row.group) ?? 0,
        lost.get(row.group) ?? 0,
      ]);
    }
  });
});
