import { describe, expect, it } from 'vitest';
import { feedbackRateTable } from '../../../src/core/metrics/feedback-rate.ts';
import { options, quotation } from './fixtures.ts';

// Quotations sent in May 2026, looked at on 1 July: every 7-day window and every 30-day window
// of a quotation sent before 1 June has closed.
const MAY = options('2026-05-01 00:00', '2026-06-01 00:00', '2026-07-01 00:00');

describe('feedbackRateTable: answered within 7 and within 30 days', () => {
  it.each([
    ['answered the next day', 1, [1, 1]],
    ['answered on day 7 exactly', 7, [1, 1]],
    ['answered on day 10', 10, [0, 1]],
    ['answered after 40 days', 40, [0, 0]],
    ['never answered', null, [0, 0]],
  ] as const)('%s', (_name, days, [within7, within30]) => {
    const { total } = feedbackRateTable([quotation('2026-05-10 10:00', days)], 'class', MAY);

    expect([total.within[7].answered, total.within[30].answered]).toEqual([within7, within30]);
    expect([total.within[7].eligible, total.within[30].eligible]).toEqual([1, 1]);
  });

  it('leaves quotations out of a window that has not closed yet', () => {
    const now = options('2026-05-01 00:00', '2026-06-01 00:00', '2026-05-30 12:00');
    const quotations = [
      quotation('2026-05-02 10:00', 2), // 7 days closed, 30 not (28 days old)
      quotation('2026-05-20 10:00', 1), // 7 days closed, 30 not
      quotation('2026-05-28 10:00', 1), // answered, but its 7 days are not over
      quotation('2026-05-29 10:00', null), // silent, its 7 days not over either
    ];
    const { total } = feedbackRateTable(quotations, 'class', now);

    expect(total.sent).toBe(4);
    expect(total.within[7]).toEqual({ eligible: 2, answered: 2, rate: 1 });
    expect(total.within[30]).toEqual({ eligible: 0, answered: 0, rate: null });
  });

  it('counts only quotations sent inside the range, its end excluded', () => {
    const quotations = [
      quotation('2026-04-30 23:59', 1),
      quotation('2026-05-01 00:00', 1),
      quotation('2026-05-31 23:59', null),
      quotation('2026-06-01 00:00', 1),
    ];

    expect(feedbackRateTable(quotations, 'class', MAY).total.sent).toBe(2);
  });
});

describe('feedbackRateTable groups', () => {
  const quotations = [
    quotation('2026-05-04 10:00', 2, 'A', 'website'),
    quotation('2026-05-05 10:00', null, 'B', 'alibaba'),
    quotation('2026-05-06 10:00', 3, 'B', 'alibaba'),
    quotation('2026-05-07 10:00', 12, 'C', 'made-in-china'),
  ];
  const summary = (table: ReturnType<typeof feedbackRateTable>) =>
    table.rows.map((row) => [row.group, row.sent, row.within[7].rate, row.within[30].rate]);

  it('by class: every class in order, empty ones too', () => {
    expect(summary(feedbackRateTable(quotations, 'class', MAY))).toEqual([
      ['A', 1, 1, 1],
      ['B', 2, 0.5, 0.5],
      ['C', 1, 0, 1],
      ['D', 0, null, null],
      ['E', 0, null, null],
    ]);
  });

  it('by source: the busiest first', () => {
    expect(summary(feedbackRateTable(quotations, 'source', MAY))).toEqual([
      ['alibaba', 2, 0.5, 0.5],
      ['made-in-china', 1, 0, 1],
      ['website', 1, 1, 1],
    ]);
  });

  it("by month: the seller's months, empty ones too", () => {
    const spring = options('2026-03-01 00:00', '2026-06-01 00:00', '2026-07-01 00:00');
    // 1 April 00:30 in Shanghai is still 31 March in UTC.
    const table = feedbackRateTable([quotation('2026-04-01 00:30', 1)], 'month', spring);

    expect(summary(table)).toEqual([
      ['2026-03', 0, null, null],
      ['2026-04', 1, 1, 1],
      ['2026-05', 0, null, null],
    ]);
  });
});
