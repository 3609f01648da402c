import { firstResponseDue } from '../cadence/response-limit.ts';
import { weekendOf } from '../cadence/weekends.ts';
import { nextOpenMoment, SELLER_HOURS, type WorkCalendar } from '../cadence/work-calendar.ts';
import type { InquiryClass } from '../grade-types.ts';
import { CLASS_FIGURES } from './history-profile.ts';
import type { Random } from './prng.ts';

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;

export type FirstResponse = { at: number; onTime: boolean } | null;

export function sellerCalendar(timeZone: string): WorkCalendar {
  return { timeZone, ...SELLER_HOURS, weekend: weekendOf(null) };
}

// Answers come after the seller's office opens: inside the class's limit most of the time,
// otherwise some minutes (A, B) or hours (C, D) past it.
export function drawFirstResponse(
  random: Random,
  receivedAt: number,
  inquiryClass: InquiryClass,
  timeZone: string,
): FirstResponse {
  const figures = CLASS_FIGURES[inquiryClass];
  if (!random.chance(figures.answered)) return null;

  const received = new Date(receivedAt);
  const opened = nextOpenMoment(received, sellerCalendar(timeZone)).getTime();
  const due = firstResponseDue(received, inquiryClass, timeZone)?.getTime();
  if (due === undefined) return { at: opened + random.between(1, 72) * HOUR_MS, onTime: true };

  if (random.chance(figures.onTime)) {
    return { at: Math.round(opened + random.next() * (due - opened)), onTime: true };
  }

  const late =
    inquiryClass === 'A' || inquiryClass === 'B' ? lateMinutes(random) : lateHours(random);
  return { at: Math.round(due + late), onTime: false };
}

// Mostly a little late, now and then very late: squaring the roll skews towards the limit.
function lateMinutes(random: Random): number {
  return (1 + random.next() ** 2 * 300) * MINUTE_MS;
}

function lateHours(random: Random): number {
  return (0.5 + random.next() ** 2 * 40) * HOUR_MS;
}
