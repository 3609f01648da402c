import { publicHolidayChecker } from '../../core/cadence/holidays.ts';
import type { HolidayCheck } from '../../core/cadence/plan-types.ts';

// The buyer's public holidays where their country is known; date-holidays lacks a few
// territories, and a missing calendar only means steps may land on a holiday (quietly:
// this module stays free of browser APIs, like the core it wraps).
export function buyerHolidays(country: string | null | undefined): HolidayCheck | undefined {
  if (!country) return undefined;

  try {
    const check = publicHolidayChecker(country);
    check('2000-01-01');
    return check;
  } catch {
    return undefined;
  }
}
