import { TZDate } from '@date-fns/tz';
import { addDays, set, startOfDay } from 'date-fns';

// A weekday as Date#getDay counts it: 0 is Sunday, 6 is Saturday.
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

// When one office (the buyer's or the seller's) can be reached, in its own time zone.
export type WorkCalendar = {
  timeZone: string;
  opensAt: number; // minutes after local midnight
  closesAt: number;
  weekend: readonly Weekday[];
  // A local date ('2026-12-25') the office is closed on; public holidays come from holidays.ts.
  isHoliday?: (localDate: string) => boolean;
};

export const BUYER_HOURS = { opensAt: 9 * 60 + 30, closesAt: 17 * 60 + 30 } as const;
export const SELLER_HOURS = { opensAt: 9 * 60, closesAt: 18 * 60 } as const;

// A calendar with every day off would otherwise loop for ever; a year of closed days is a bug.
const MAX_DAYS_AHEAD = 366;

export function inZone(instant: Date | number, timeZone: string): TZDate {
  return new TZDate(typeof instant === 'number' ? instant : instant.getTime(), timeZone);
}

export function localDateKey(local: Date): string {
  const month = String(local.getMonth() + 1).padStart(2, '0');
  const day = String(local.getDate()).padStart(2, '0');
  return `${local.getFullYear()}-${month}-${day}`;
}

export function isWorkingDay(local: Date, calendar: WorkCalendar): boolean {
  if (calendar.weekend.includes(local.getDay() as Weekday)) return false;

  return !calendar.isHoliday?.(localDateKey(local));
}

export function atMinute(local: TZDate, minute: number): TZDate {
  return set(local, {
    hours: Math.floor(minute / 60),
    minutes: minute % 60,
    seconds: 0,
    milliseconds: 0,
  });
}

// The first moment at or after `instant` when the office is open, with at least `leadMinutes`
// left before it closes (a call slot needs time to ring back).
export function nextOpenMoment(instant: Date, calendar: WorkCalendar, leadMinutes = 0): TZDate {
  let local = inZone(instant, calendar.timeZone);

  for (let day = 0; day <= MAX_DAYS_AHEAD; day++) {
    if (isWorkingDay(local, calendar)) {
      const minute = local.getHours() * 60 + local.getMinutes();
      if (minute < calendar.opensAt) return atMinute(local, calendar.opensAt);
      if (minute < calendar.closesAt - leadMinutes) return local;
    }

    local = startOfDay(addDays(local, 1));
  }

  throw new RangeError(`No working day within a year in ${calendar.timeZone}`);
}

export function closingTime(local: TZDate, calendar: WorkCalendar): TZDate {
  return atMinute(local, calendar.closesAt);
}

// The same wall-clock time on the next working day (DST keeps the wall clock, not the hours).
export function nextWorkingDaySameTime(local: TZDate, calendar: WorkCalendar): TZDate {
  let next = addDays(local, 1);

  for (let day = 0; day <= MAX_DAYS_AHEAD; day++) {
    if (isWorkingDay(next, calendar)) return next;
    next = addDays(next, 1);
  }

  throw new RangeError(`No working day within a year in ${calendar.timeZone}`);
}
