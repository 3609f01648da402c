import type { TZDate } from '@date-fns/tz';
import { addMinutes } from 'date-fns';
import type { InquiryClass } from '../grade-types.ts';
import type { HolidayCheck } from './plan-types.ts';
import { weekendOf } from './weekends.ts';
import {
  closingTime,
  nextOpenMoment,
  nextWorkingDaySameTime,
  SELLER_HOURS,
  type WorkCalendar,
} from './work-calendar.ts';

// method.md section 6: A and B in minutes (the course), C the same working day, D a day, E none.
export type ResponseLimit =
  | { kind: 'minutes'; minutes: number }
  | { kind: 'same-working-day' }
  | { kind: 'next-working-day' }
  | { kind: 'none' };

export const FIRST_RESPONSE_LIMITS: Record<InquiryClass, ResponseLimit> = {
  A: { kind: 'minutes', minutes: 15 },
  B: { kind: 'minutes', minutes: 30 },
  C: { kind: 'same-working-day' },
  D: { kind: 'next-working-day' },
  E: { kind: 'none' },
};

export type SellerOptions = {
  // Sellers are mostly in China; a Gulf seller's Friday-Saturday weekend needs the country.
  sellerCountry?: string | null;
  isSellerHoliday?: HolidayCheck;
};

function sellerCalendar(timeZone: string, options: SellerOptions): WorkCalendar {
  return {
    timeZone,
    ...SELLER_HOURS,
    weekend: weekendOf(options.sellerCountry),
    isHoliday: options.isSellerHoliday,
  };
}

// The clock starts when the seller's office opens: an A inquiry arriving at 3 a.m. is due
// 15 minutes after opening, not before anyone could have read it. Once started it runs past
// closing time: an A inquiry at 17:55 is due at 18:10.
export function firstResponseDue(
  receivedAt: Date,
  inquiryClass: InquiryClass,
  sellerTimeZone: string,
  options: SellerOptions = {},
): Date | null {
  const limit = FIRST_RESPONSE_LIMITS[inquiryClass];
  if (limit.kind === 'none') return null;

  const calendar = sellerCalendar(sellerTimeZone, options);
  const start = nextOpenMoment(receivedAt, calendar);
  const due = dueFrom(start, limit, calendar);

  return new Date(due.getTime());
}

function dueFrom(
  start: TZDate,
  limit: Exclude<ResponseLimit, { kind: 'none' }>,
  calendar: WorkCalendar,
): TZDate {
  if (limit.kind === 'minutes') return addMinutes(start, limit.minutes);
  if (limit.kind === 'same-working-day') return closingTime(start, calendar);

  // "24 hours" counted in working days, so a Friday inquiry is not due on Saturday.
  return nextWorkingDaySameTime(start, calendar);
}

// Due exactly at the limit is still on time; one millisecond later is overdue.
export function isOverdue(
  receivedAt: Date,
  inquiryClass: InquiryClass,
  sellerTimeZone: string,
  now: Date,
  options: SellerOptions = {},
): boolean {
  const due = firstResponseDue(receivedAt, inquiryClass, sellerTimeZone, options);

  return due !== null && now.getTime() > due.getTime();
}
