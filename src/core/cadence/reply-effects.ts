import { differenceInCalendarDays } from 'date-fns';
import type { FeedbackKind } from '../grade-types.ts';
import type { CadencePlan, HolidayCheck, ProspectStage } from './plan-types.ts';
import { buyerCalendar, reflowSteps, scheduleSteps } from './schedule.ts';
import { nextStage } from './stages.ts';
import {
  type CadenceStep,
  CLOSE_FOLLOW_UPS,
  PERIODIC,
  QUOTE_STEPS,
  SAMPLE_STEPS,
  WEEKLY_ASKS,
  withPeriodic,
} from './steps.ts';
import { inZone } from './work-calendar.ts';

export type ReplyOptions = {
  now: Date;
  // From an auto-reply ("back on 12 May"), parsed by the caller as the start of that day in
  // the buyer's zone; the steps wait until then.
  returnDate?: Date | null;
  // not_interested that asks to be taken off the list: stop for good, not periodic contact.
  unsubscribe?: boolean;
  isBuyerHoliday?: HolidayCheck;
};

export type ReplyOutcome = { plan: CadencePlan; stage: ProspectStage };

type Effect = (plan: CadencePlan, options: ReplyOptions) => CadencePlan;

// The periodic horizon stays two years from the quote, however late the reply comes.
function daysLeft(plan: CadencePlan, now: Date): number {
  const zone = plan.buyer.timeZone;
  const elapsed = differenceInCalendarDays(inZone(now, zone), inZone(plan.quotedAt, zone));

  return PERIODIC.untilDay - elapsed;
}

// Every step still to do gives way to the reply's phase, which counts from the reply.
function startPhase(phase: readonly CadenceStep[], stage: ProspectStage): Effect {
  return (plan, { now, isBuyerHoliday }) => {
    const calendar = buyerCalendar(plan.buyer, isBuyerHoliday);
    const steps = scheduleSteps(withPeriodic(phase, daysLeft(plan, now)), now, calendar, now);
    const state = steps.length > 0 ? 'active' : 'stopped';

    return { ...plan, state, stage: nextStage(plan.stage, stage), steps };
  };
}

function halt(state: 'paused' | 'stopped', stage: ProspectStage): Effect {
  return (plan) => ({ ...plan, state, stage: nextStage(plan.stage, stage), steps: [] });
}

// An auto-reply is no answer: the plan goes on, but nothing lands while the buyer is away.
const waitForReturn: Effect = (plan, { now, returnDate, isBuyerHoliday }) => {
  if (!returnDate || returnDate <= now) return plan;

  const calendar = buyerCalendar(plan.buyer, isBuyerHoliday);
  return { ...plan, steps: reflowSteps(plan.steps, returnDate, calendar) };
};

const EFFECTS: Record<FeedbackKind, Effect> = {
  bargaining: halt('paused', 'negotiating'),
  comparing_offers: startPhase(WEEKLY_ASKS, 'prospect'),
  found_other_supplier: startPhase([], 'dormant'),
  ordered_elsewhere: startPhase([], 'lost'),
  sample_request: startPhase(SAMPLE_STEPS, 'sampling'),
  references_request: halt('paused', 'prospect'),
  awaiting_client_feedback: startPhase(CLOSE_FOLLOW_UPS, 'prospect'),
  ready_to_order: halt('stopped', 'negotiating'),
  further_questions: halt('paused', 'prospect'),
  auto_reply: waitForReturn,
  not_interested: (plan, options) =>
    options.unsubscribe
      ? halt('stopped', 'lost')(plan, options)
      : startPhase([], 'dormant')(plan, options),
  order_logistics: halt('stopped', 'ordered'),
  other: (plan) => plan,
};

// method.md section 6: what a buyer's reply of each kind does to the follow-up plan.
export function applyReply(
  plan: CadencePlan,
  kind: FeedbackKind,
  options: ReplyOptions,
): ReplyOutcome {
  const next = EFFECTS[kind](plan, options);

  return { plan: next, stage: next.stage };
}

// A paused plan resumes from the seller's answer: the class's quote steps again, counted from
// that answer, as if it were a new quotation (it usually is one: a new price, new answers).
export function resumePlan(
  plan: CadencePlan,
  answeredAt: Date,
  isBuyerHoliday?: HolidayCheck,
): CadencePlan {
  if (plan.state !== 'paused') return plan;

  const resume = startPhase(QUOTE_STEPS[plan.inquiryClass], plan.stage);
  return resume(plan, { now: answeredAt, isBuyerHoliday });
}
