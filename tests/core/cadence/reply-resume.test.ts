import { describe, expect, it } from 'vitest';
import type { CadencePlan } from '../../../src/core/cadence/plan-types.ts';
import { applyReply, resumePlan } from '../../../src/core/cadence/reply-effects.ts';
import { BERLIN, localTime, quotedInBerlin, REPLY_AT } from './fixtures.ts';

const firstDue = (plan: CadencePlan, count: number) =>
  plan.steps.slice(0, count).map((step) => `${step.id} ${localTime(step.dueAt, BERLIN)}`);

describe('applyReply: auto-replies', () => {
  it('holds every step until the return date, one per day, and leaves later steps alone', () => {
    const before = quotedInBerlin();
    const returnDate = new Date('2026-03-15T23:00:00Z'); // Monday 16 March, 00:00 in Berlin
    const { plan, stage } = applyReply(before, 'auto_reply', { now: REPLY_AT, returnDate });
    const reconnect = (p: CadencePlan) => p.steps.find((step) => step.id === 'reconnect-d30');

    expect(stage).toBe('quoted');
    expect(firstDue(plan, 3)).toEqual([
      'confirm-receipt-d1 Mon 2026-03-16 09:30',
      'confirm-receipt-d2 Tue 2026-03-17 09:30',
      'ask-feedback-d3 Wed 2026-03-18 09:30',
    ]);
    expect(plan.steps.map((step) => step.id)).toEqual(before.steps.map((step) => step.id));
    expect(reconnect(plan)?.dueAt).toEqual(reconnect(before)?.dueAt);
  });

  it('ignores a return date already past', () => {
    const before = quotedInBerlin();
    const returnDate = new Date('2026-03-03T00:00:00Z');

    expect(applyReply(before, 'auto_reply', { now: REPLY_AT, returnDate }).plan).toBe(before);
  });
});

describe('stages and resuming', () => {
  it.each([
    ['negotiating', 'further_questions', 'negotiating'],
    ['sampling', 'comparing_offers', 'sampling'],
    ['lost', 'sample_request', 'sampling'],
    ['dormant', 'comparing_offers', 'prospect'],
    ['negotiating', 'ordered_elsewhere', 'lost'],
    ['ordered', 'other', 'ordered'],
  ] as const)('a %s buyer replying %s becomes %s', (from, kind, to) => {
    expect(applyReply(quotedInBerlin(from), kind, { now: REPLY_AT }).stage).toBe(to);
  });

  it("resumes a paused plan from the seller's answer with the class's quote steps", () => {
    const paused = applyReply(quotedInBerlin(), 'bargaining', { now: REPLY_AT }).plan;
    // The seller answers the haggling on Thursday 15:00 in Berlin.
    const resumed = resumePlan(paused, new Date('2026-03-05T14:00:00Z'));

    expect(resumed).toMatchObject({ state: 'active', stage: 'negotiating' });
    expect(firstDue(resumed, 2)).toEqual([
      'confirm-receipt-d1 Fri 2026-03-06 09:30',
      'confirm-receipt-d2 Mon 2026-03-09 09:30',
    ]);
  });

  it('leaves a plan that is not paused as it is', () => {
    const active = quotedInBerlin();

    expect(resumePlan(active, REPLY_AT)).toBe(active);
  });
});
