import type { InquiryClass } from '../grade-types.ts';
import type { CadenceStep } from './steps.ts';
import type { BuyerPlace } from './zones.ts';

// The prospect's place in the sale (issue 6); only a buyer's reply or the seller moves it.
export const STAGES = [
  'new',
  'quoted',
  'prospect',
  'sampling',
  'negotiating',
  'ordered',
  'lost',
  'dormant',
] as const;
export type ProspectStage = (typeof STAGES)[number];

// paused: waiting for the seller's answer (bargaining, questions, references).
// stopped: no sales steps (ordered, ready to order, unsubscribed, class E).
export type PlanState = 'active' | 'paused' | 'stopped';

export type PlannedStep = CadenceStep & {
  dueAt: Date;
  // Phone steps only: the buyer's office closes then, so the call must happen before.
  callBy?: Date;
};

// A plan holds only the steps still to do: done steps belong to the prospect book's history.
export type CadencePlan = {
  quotedAt: Date;
  inquiryClass: InquiryClass;
  buyer: BuyerPlace;
  state: PlanState;
  stage: ProspectStage;
  steps: PlannedStep[];
};

// A predicate on the buyer's local date ('2026-12-25'); holidays.ts builds one per country.
export type HolidayCheck = (localDate: string) => boolean;
