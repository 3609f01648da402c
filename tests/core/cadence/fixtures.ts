import { type PlanInput, planCadence } from '../../../src/core/cadence/plan.ts';
import type { CadencePlan, ProspectStage } from '../../../src/core/cadence/plan-types.ts';

// Tests read times as the buyer or seller would: 'Mon 2026-03-09 09:30' in their own zone.
export function localTime(instant: Date | null | undefined, timeZone: string): string | null {
  if (!instant) return null;

  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'short',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((entry) => entry.type === type)?.value ?? '';

  return `${part('weekday')} ${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}`;
}

export const SHANGHAI = 'Asia/Shanghai';
export const BERLIN = 'Europe/Berlin';

export function plan(input: Partial<PlanInput> & Pick<PlanInput, 'quotedAt'>): CadencePlan {
  return planCadence({
    inquiryClass: 'A',
    sellerTimeZone: SHANGHAI,
    now: input.quotedAt,
    ...input,
  });
}

// The first `count` steps as the buyer sees them, in their own time zone.
export function buyerView(result: CadencePlan, count = 10): string[] {
  return result.steps
    .slice(0, count)
    .map((step) => `${step.id} ${localTime(step.dueAt, result.buyer.timeZone)}`);
}

// Quoted Monday 2 March 2026, 10:00 in Berlin; the buyer answers Wednesday at 11:00.
export const QUOTED_AT = new Date('2026-03-02T09:00:00Z');
export const REPLY_AT = new Date('2026-03-04T10:00:00Z');

export function quotedInBerlin(stage: ProspectStage = 'quoted'): CadencePlan {
  return { ...plan({ quotedAt: QUOTED_AT, buyerCountry: 'DE' }), stage };
}
