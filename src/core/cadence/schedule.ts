import { addDays, max, startOfDay } from 'date-fns';
import type { HolidayCheck, PlannedStep } from './plan-types.ts';
import type { CadenceStep } from './steps.ts';
import { weekendOf } from './weekends.ts';
import {
  BUYER_HOURS,
  closingTime,
  inZone,
  localDateKey,
  nextOpenMoment,
  type WorkCalendar,
} from './work-calendar.ts';
import type { BuyerPlace } from './zones.ts';

// A call slot needs an hour of the buyer's day left: time to ring again if the line is busy.
const CALL_LEAD_MINUTES = 60;

export function buyerCalendar(buyer: BuyerPlace, isHoliday?: HolidayCheck): WorkCalendar {
  return { timeZone: buyer.timeZone, ...BUYER_HOURS, weekend: weekendOf(buyer.country), isHoliday };
}

// Email steps are aimed at the start of the buyer's day (top of the inbox when they arrive);
// phone steps keep the phase's time of day (a buyer who replied at 14:00 was at work then),
// and move into working hours when it falls outside them.
function nominalTime(step: CadenceStep, anchor: Date, calendar: WorkCalendar): Date {
  const start = inZone(anchor, calendar.timeZone);
  const day = addDays(start, step.day);

  return step.channel === 'email' ? startOfDay(day) : day;
}

function placeStep(step: CadenceStep, earliest: Date, calendar: WorkCalendar): PlannedStep {
  if (step.channel === 'email') {
    return { ...step, dueAt: new Date(nextOpenMoment(earliest, calendar).getTime()) };
  }

  const due = nextOpenMoment(earliest, calendar, CALL_LEAD_MINUTES);
  return {
    ...step,
    dueAt: new Date(due.getTime()),
    callBy: new Date(closingTime(due, calendar).getTime()),
  };
}

// At most one step per buyer day: a weekend that pushes one step onto Monday pushes the next
// to Tuesday, so the buyer never gets an email and a call about the same quote on one day.
function dayAfter(instant: Date, calendar: WorkCalendar): Date {
  return startOfDay(addDays(inZone(instant, calendar.timeZone), 1));
}

// Steps whose day is already over when the plan is made are dropped, not crammed into today:
// asking "did my quote arrive?" a week late helps nobody.
export function scheduleSteps(
  steps: readonly CadenceStep[],
  anchor: Date,
  calendar: WorkCalendar,
  now: Date,
): PlannedStep[] {
  const today = localDateKey(inZone(now, calendar.timeZone));
  const planned: PlannedStep[] = [];
  let earliest: Date = now;

  for (const step of steps) {
    const nominal = nominalTime(step, anchor, calendar);
    if (localDateKey(inZone(nominal, calendar.timeZone)) < today) continue;

    const placed = placeStep(step, max([nominal, earliest]), calendar);
    planned.push(placed);
    earliest = dayAfter(placed.dueAt, calendar);
  }

  return planned;
}

// Moves steps to `notBefore` at the earliest, keeping their order and one step per day.
export function reflowSteps(
  steps: readonly PlannedStep[],
  notBefore: Date,
  calendar: WorkCalendar,
): PlannedStep[] {
  const moved: PlannedStep[] = [];
  let earliest = notBefore;

  for (const step of steps) {
    const placed = placeStep(step, max([step.dueAt, earliest]), calendar);
    moved.push(placed);
    earliest = dayAfter(placed.dueAt, calendar);
  }

  return moved;
}
