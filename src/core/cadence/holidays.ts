import Holidays, { type HolidaysTypes } from 'date-holidays';
import type { HolidayCheck } from './plan-types.ts';
import { inZone, localDateKey } from './work-calendar.ts';
import { mainZoneOf } from './zones.ts';

// date-holidays is pure JavaScript with its data compiled in (about 1 MB with moment-timezone):
// import this file only where holidays are needed, never from plan.ts, so the panel stays light.

const DAY_MS = 86_400_000;

export type DatedHoliday = { key: string; name: string; date: string };
export type ClosureNotice = { key: string; firstDay: string; noticeOn: string };

// Festivals worth a greeting, matched on the library's rule text: names change with the
// language, rules do not. A country without the festival simply never matches.
const GREETINGS: readonly { key: string; rule: RegExp }[] = [
  { key: 'new-year', rule: /^01-01\b/ },
  { key: 'lunar-new-year', rule: /^(chinese|korean|vietnamese) 0?1-0-0?1\b/ },
  { key: 'nowruz', rule: /^1 Farvardin\b/ },
  { key: 'easter', rule: /^(easter|orthodox)$/ },
  { key: 'eid-al-fitr', rule: /^1 Shawwal\b/ },
  { key: 'eid-al-adha', rule: /^10 Dhu al-Hijjah\b/ },
  { key: 'rosh-hashanah', rule: /^1 Tishrei\b/ },
  { key: 'thanksgiving', rule: /^4th thursday in November$/ },
  { key: 'christmas', rule: /^(julian )?12-25\b/ },
];

// The seller's own long closures and how far ahead buyers need to hear of them to order in
// time: factories stop for weeks around the Spring Festival, for a week at National Day.
const CLOSURES: Record<string, readonly { key: string; rule: RegExp; noticeDays: number }[]> = {
  CN: [
    { key: 'spring-festival', rule: /^chinese 01-0-/, noticeDays: 30 },
    { key: 'national-day', rule: /^10-01$/, noticeDays: 14 },
  ],
};

function shiftDate(localDate: string, days: number): string {
  const [year, month, day] = localDate.split('-').map(Number);
  const shifted = new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, (day ?? 1) + days));

  return shifted.toISOString().slice(0, 10);
}

// Every local date a holiday covers: Eid "P3D" is three days off, not one.
function coveredDays(holiday: HolidaysTypes.Holiday): string[] {
  const first = holiday.date.slice(0, 10);
  const span = Math.max(1, Math.floor((holiday.end.getTime() - holiday.start.getTime()) / DAY_MS));

  return Array.from({ length: span }, (_, offset) => shiftDate(first, offset));
}

function yearsBetween(from: Date, until: Date): number[] {
  const years: number[] = [];
  for (let year = from.getUTCFullYear(); year <= until.getUTCFullYear(); year++) years.push(year);

  return years;
}

// Public holidays only: a bank or school holiday does not close a buyer's office.
export function publicHolidayChecker(country: string): HolidayCheck {
  const calendar = new Holidays(country.toUpperCase(), { types: ['public'] });
  const byYear = new Map<number, Set<string>>();

  return (localDate) => {
    const year = Number(localDate.slice(0, 4));
    let days = byYear.get(year);
    if (!days) {
      days = new Set(calendar.getHolidays(year).flatMap(coveredDays));
      byYear.set(year, days);
    }

    return days.has(localDate);
  };
}

function firstMatches(
  country: string,
  years: number[],
  patterns: readonly { key: string; rule: RegExp }[],
) {
  const calendar = new Holidays(country.toUpperCase());
  const found: DatedHoliday[] = [];

  for (const year of years) {
    const holidays = calendar.getHolidays(year, 'en');
    for (const { key, rule } of patterns) {
      const first = holidays.find((holiday) => rule.test(holiday.rule));
      if (first) found.push({ key, name: first.name, date: first.date.slice(0, 10) });
    }
  }

  return found.sort((a, b) => a.date.localeCompare(b.date));
}

// The buyer's festivals between two instants (dates local to the buyer's country).
export function holidayGreetings(country: string, from: Date, until: Date): DatedHoliday[] {
  const zone = mainZoneOf(country) ?? 'UTC';
  const [start, end] = [localDateKey(inZone(from, zone)), localDateKey(inZone(until, zone))];

  return firstMatches(country, yearsBetween(from, until), GREETINGS).filter(
    ({ date }) => date >= start && date <= end,
  );
}

// Notices to send before the seller's closures, those whose notice day falls in the range.
export function closureNotices(sellerCountry: string, from: Date, until: Date): ClosureNotice[] {
  const closures = CLOSURES[sellerCountry.toUpperCase()];
  if (!closures) return [];

  const zone = mainZoneOf(sellerCountry) ?? 'UTC';
  const [start, end] = [localDateKey(inZone(from, zone)), localDateKey(inZone(until, zone))];
  const lead = new Map(closures.map(({ key, noticeDays }) => [key, noticeDays]));

  // A closure early next year may need its notice in this year's range.
  const years = [...yearsBetween(from, until), until.getUTCFullYear() + 1];

  return firstMatches(sellerCountry, years, closures)
    .map(({ key, date }) => ({
      key,
      firstDay: date,
      noticeOn: shiftDate(date, -(lead.get(key) ?? 0)),
    }))
    .filter(({ noticeOn }) => noticeOn >= start && noticeOn <= end);
}
