import type { InquiryClass } from '../grade-types.ts';
import type { CadencePlan, HolidayCheck } from './plan-types.ts';
import { buyerCalendar, scheduleSteps } from './schedule.ts';
import { cadenceFor } from './steps.ts';
import { locateBuyer } from './zones.ts';

export type PlanInput = {
  quotedAt: Date;
  inquiryClass: InquiryClass;
  // Known zone (profile, the mail's Date offset); otherwise guessed from the country.
  buyerTimeZone?: string | null;
  buyerCountry?: string | null;
  // The fallback when neither the buyer's zone nor country is known.
  sellerTimeZone: string;
  now: Date;
  isBuyerHoliday?: HolidayCheck;
};

// The cadence starts at the quotation (T). Days count in the buyer's calendar: it is their
// inbox and their phone the steps reach.
export function planCadence(input: PlanInput): CadencePlan {
  const buyer = locateBuyer(input);
  const calendar = buyerCalendar(buyer, input.isBuyerHoliday);
  const steps = scheduleSteps(cadenceFor(input.inquiryClass), input.quotedAt, calendar, input.now);

  return {
    quotedAt: input.quotedAt,
    inquiryClass: input.inquiryClass,
    buyer,
    state: steps.length > 0 ? 'active' : 'stopped',
    stage: 'quoted',
    steps,
  };
}
