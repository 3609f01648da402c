import { describe, expect, it } from 'vitest';
import { firstResponseDue } from '../../../src/core/cadence/response-limit.ts';
import { CLASSES } from '../../../src/core/grade-types.ts';
import { generateHistory } from '../../../src/core/history/generate-history.ts';
import type { HistoryRecords } from '../../../src/core/metrics/records.ts';

const SHANGHAI = 'Asia/Shanghai';
const range = {
  from: new Date('2026-03-01T00:00:00+08:00'),
  to: new Date('2026-09-01T00:00:00+08:00'),
};
const history = generateHistory({ seed: 20260301, range, sellerTimeZone: SHANGHAI });

const byId = new Map(history.inquiries.map((inquiry) => [inquiry.id, inquiry]));
const share = (part: number, whole: number) => part / whole;

describe('generateHistory', () => {
  it('gives the same records for the same seed, and others for another', {
    timeout: 30_000,
  }, () => {
    const spring = { from: range.from, to: new Date('2026-04-01T00:00:00+08:00') };
    const once = generateHistory({ seed: 11, range: spring, sellerTimeZone: SHANGHAI });
    const again = generateHistory({ seed: 11, range: spring, sellerTimeZone: SHANGHAI });
    const other = generateHistory({ seed: 12, range: spring, sellerTimeZone: SHANGHAI });

    expect(again).toEqual(once);
    expect(other).not.toEqual(once);
  });

  it('fills six months with a desk-sized stream of inquiries', () => {
    expect(history.inquiries.length).toBeGreaterThan(600);
    expect(history.inquiries.length).toBeLessThan(1100);
    expect(history.quotations.length).toBeGreaterThan(250);
    expect(history.steps.length).toBeGreaterThan(history.quotations.length);
    expect(history.outcomes.length).toBeGreaterThan(100);
  });

  it('keeps few A and B inquiries, many C and D, some junk', () => {
    const total = history.inquiries.length;
    const shares = CLASSES.map((c) =>
      share(history.inquiries.filter((i) => i.class === c).length, total),
    );

    expect(shares.map((s) => Math.round(s * 100))).toSatisfy((percent: number[]) => {
      const [a = 0, b = 0, c = 0, d = 0, e = 0] = percent;
      return (
        a >= 3 &&
        a <= 10 &&
        b >= 10 &&
        b <= 22 &&
        c >= 22 &&
        c <= 38 &&
        d >= 20 &&
        d <= 36 &&
        e >= 12 &&
        e <= 28
      );
    });
  });

  it('puts every event after its cause and nothing after now', () => {
    const now = range.to.getTime();
    const quoted = new Map(history.quotations.map((q) => [q.id, q]));

    for (const inquiry of history.inquiries) {
      expect(inquiry.receivedAt).toBeGreaterThanOrEqual(range.from.getTime());
      expect(inquiry.receivedAt).toBeLessThan(now);
      if (inquiry.firstResponseAt !== null)
        expect(inquiry.firstResponseAt).toBeGreaterThan(inquiry.receivedAt);
    }
    for (const q of history.quotations) {
      const inquiry = byId.get(q.inquiryId);
      expect(inquiry?.firstResponseAt).not.toBeNull();
      expect(q.sentAt).toBeGreaterThanOrEqual(inquiry?.firstResponseAt ?? Number.POSITIVE_INFINITY);
      expect(q.answeredAt === null || (q.answeredAt > q.sentAt && q.answeredAt <= now)).toBe(true);
      expect(q.answeredAt === null).toBe(q.replyKind === null);
    }
    for (const step of history.steps) {
      const q = quoted.get(step.quotationId);
      expect(step.dueAt).toBeGreaterThan(q?.sentAt ?? Number.POSITIVE_INFINITY);
      expect(step.dueAt).toBeLessThan(Math.min(q?.answeredAt ?? now, now));
      expect(step.doneAt === null || step.doneAt <= now).toBe(true);
    }
    for (const outcome of history.outcomes) expect(outcome.decidedAt).toBeLessThanOrEqual(now);
  });

  it('quotes no junk, and follows class E up not at all', () => {
    const junk = (records: HistoryRecords) =>
      [...records.quotations, ...records.steps].filter((r) => r.class === 'E');

    expect(junk(history)).toEqual([]);
  });

  it('rewards fast answers the way the course promises: more quotations answered', () => {
    const topClasses = history.quotations.filter((q) => q.class === 'A' || q.class === 'B');
    const late = topClasses.filter((q) => wasLate(q.inquiryId));
    const fast = topClasses.filter((q) => !wasLate(q.inquiryId));
    const answered = (list: typeof late) =>
      share(list.filter((q) => q.answeredAt !== null).length, list.length);

    expect(late.length).toBeGreaterThan(20);
    expect(answered(fast) - answered(late)).toBeGreaterThan(0.1);
  });

  it('brings fewer inquiries at weekends', () => {
    const weekday = (at: number) => new Date(at + 8 * 3600_000).getUTCDay();
    const weekend = history.inquiries.filter((i) => [0, 6].includes(weekday(i.receivedAt))).length;

    expect(share(weekend, history.inquiries.length)).toBeLessThan(0.15);
  });
});

function wasLate(inquiryId: string): boolean {
  const inquiry = byId.get(inquiryId);
  if (!inquiry || inquiry.firstResponseAt === null) return true;

  const due = firstResponseDue(new Date(inquiry.receivedAt), inquiry.class, SHANGHAI);
  return due !== null && inquiry.firstResponseAt > due.getTime();
}
