import { describe, expect, it } from 'vitest';
import type { CadencePlan } from '../../../src/core/cadence/plan-types.ts';
import { applyReply } from '../../../src/core/cadence/reply-effects.ts';
import { FEEDBACK_KINDS, type FeedbackKind } from '../../../src/core/grade-types.ts';
import { BERLIN, localTime, quotedInBerlin, REPLY_AT } from './fixtures.ts';

const reply = (kind: FeedbackKind, extra = {}) =>
  applyReply(quotedInBerlin(), kind, { now: REPLY_AT, ...extra });

const purposes = (plan: CadencePlan) => [...new Set(plan.steps.map((step) => step.purpose))];
const firstDue = (plan: CadencePlan, count: number) =>
  plan.steps.slice(0, count).map((step) => `${step.id} ${localTime(step.dueAt, BERLIN)}`);

describe('applyReply: what each reply kind does (method.md section 6)', () => {
  it.each([
    ['bargaining', 'paused', 'negotiating', []],
    ['comparing_offers', 'active', 'prospect', ['weekly-ask', 'periodic-contact']],
    ['found_other_supplier', 'active', 'dormant', ['periodic-contact']],
    ['ordered_elsewhere', 'active', 'lost', ['periodic-contact']],
    [
      'sample_request',
      'active',
      'sampling',
      ['sample-sent', 'sample-arrived', 'sample-feedback', 'periodic-contact'],
    ],
    ['references_request', 'paused', 'prospect', []],
    ['awaiting_client_feedback', 'active', 'prospect', ['close-follow-up', 'periodic-contact']],
    ['ready_to_order', 'stopped', 'negotiating', []],
    ['further_questions', 'paused', 'prospect', []],
    ['not_interested', 'active', 'dormant', ['periodic-contact']],
    ['order_logistics', 'stopped', 'ordered', []],
  ] as const)('%s: plan %s, stage %s, steps %j', (kind, state, stage, expected) => {
    const { plan, stage: returned } = reply(kind);

    expect(plan.state).toBe(state);
    expect(returned).toBe(stage);
    expect(plan.stage).toBe(stage);
    expect(purposes(plan)).toEqual(expected);
  });

  it('covers every reply kind the classifier can return', () => {
    for (const kind of FEEDBACK_KINDS) expect(() => reply(kind)).not.toThrow();
  });

  it.each(['other', 'auto_reply'] as const)('%s without a return date leaves the plan', (kind) => {
    const before = quotedInBerlin();

    expect(applyReply(before, kind, { now: REPLY_AT }).plan).toBe(before);
  });

  it('asks a comparing buyer weekly for a month, then monthly until two years after the quote', () => {
    const { plan } = reply('comparing_offers');
    const periodic = plan.steps.filter((step) => step.purpose === 'periodic-contact');

    expect(firstDue(plan, 5)).toEqual([
      'weekly-ask-d7 Wed 2026-03-11 09:30',
      'weekly-ask-d14 Wed 2026-03-18 09:30',
      'weekly-ask-d21 Wed 2026-03-25 09:30',
      'weekly-ask-d28 Wed 2026-04-01 09:30',
      'periodic-contact-d58 Fri 2026-05-01 09:30',
    ]);
    // Two years from the quote is 2 March 2028; the reply came two days after it.
    // Day 718 after the reply is Sunday 20 February 2028.
    expect(localTime(periodic.at(-1)?.dueAt, BERLIN)).toBe('Mon 2028-02-21 09:30');
  });

  it('replaces the quote steps with sample steps', () => {
    expect(firstDue(reply('sample_request').plan, 3)).toEqual([
      'sample-sent-d2 Fri 2026-03-06 09:30',
      'sample-arrived-d9 Fri 2026-03-13 09:30',
      'sample-feedback-d14 Wed 2026-03-18 09:30',
    ]);
  });

  it('follows up every 3 days while the buyer waits for their client', () => {
    expect(firstDue(reply('awaiting_client_feedback').plan, 4)).toEqual([
      'close-follow-up-d3 Mon 2026-03-09 09:30',
      'close-follow-up-d6 Tue 2026-03-10 09:30',
      'close-follow-up-d9 Fri 2026-03-13 09:30',
      'close-follow-up-d12 Mon 2026-03-16 09:30',
    ]);
  });

  it('stops for good when a not-interested buyer asks to be taken off the list', () => {
    const { plan, stage } = reply('not_interested', { unsubscribe: true });

    expect({ state: plan.state, stage, steps: plan.steps }).toEqual({
      state: 'stopped',
      stage: 'lost',
      steps: [],
    });
  });
});
