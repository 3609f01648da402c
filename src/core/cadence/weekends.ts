import type { Weekday } from './work-calendar.ts';

const SATURDAY_SUNDAY: readonly Weekday[] = [6, 0];
const FRIDAY_SATURDAY: readonly Weekday[] = [5, 6];

// Our own table, not Intl.Locale#getWeekInfo: Firefox has no week info, its CLDR data varies
// with the browser's version, and CLDR 48 still gives Bangladesh and the Maldives a
// Saturday-Sunday weekend they do not have. Every other row agrees with CLDR 48.
// The United Arab Emirates are absent on purpose: since 1 January 2022 their weekend is
// Saturday-Sunday (the private sector followed the government), so the default applies.
const WEEKEND_BY_COUNTRY: Record<string, readonly Weekday[]> = {
  BH: FRIDAY_SATURDAY,
  BD: FRIDAY_SATURDAY,
  DZ: FRIDAY_SATURDAY,
  EG: FRIDAY_SATURDAY,
  IL: FRIDAY_SATURDAY,
  IQ: FRIDAY_SATURDAY,
  JO: FRIDAY_SATURDAY,
  KW: FRIDAY_SATURDAY,
  LY: FRIDAY_SATURDAY,
  MV: FRIDAY_SATURDAY,
  OM: FRIDAY_SATURDAY,
  QA: FRIDAY_SATURDAY,
  SA: FRIDAY_SATURDAY,
  SD: FRIDAY_SATURDAY,
  SY: FRIDAY_SATURDAY,
  YE: FRIDAY_SATURDAY,
  // TODO [2027-01-01]: Iran's parliament has debated a Friday-Saturday weekend; check whether
  // it took effect. Until then Friday is the one official day off.
  IR: [5],
  AF: [4, 5],
  // Brunei works on Saturdays and rests on Friday and Sunday.
  BN: [5, 0],
};

// Countries that rest on Sunday only (India, CLDR says) still get Saturday-Sunday: a phone
// step moved off a Saturday costs a day, a call on a day off costs the buyer's goodwill.
export function weekendOf(country: string | null | undefined): readonly Weekday[] {
  if (!country) return SATURDAY_SUNDAY;

  return WEEKEND_BY_COUNTRY[country.toUpperCase()] ?? SATURDAY_SUNDAY;
}
