import { getCountry, getCountryForTimezone, getTimezone } from 'countries-and-timezones';

// Where the buyer's time zone came from, so the panel can say "their time (guessed from the
// country)" or "your time: we do not know theirs".
export type ZoneSource = 'given' | 'country' | 'seller';

export type BuyerPlace = {
  country: string | null;
  timeZone: string;
  zoneSource: ZoneSource;
};

// countries-and-timezones lists a country's zones alphabetically, so for countries spanning
// several zones we name the one where most of their business is; single-zone countries and
// countries whose first own zone is the main one need no row.
const MAIN_ZONE: Record<string, string> = {
  AU: 'Australia/Sydney',
  BR: 'America/Sao_Paulo',
  CA: 'America/Toronto',
  CD: 'Africa/Kinshasa',
  CL: 'America/Santiago',
  CY: 'Asia/Nicosia',
  ES: 'Europe/Madrid',
  GL: 'America/Nuuk',
  KI: 'Pacific/Tarawa',
  MN: 'Asia/Ulaanbaatar',
  MX: 'America/Mexico_City',
  PF: 'Pacific/Tahiti',
  PG: 'Pacific/Port_Moresby',
  PS: 'Asia/Hebron',
  PT: 'Europe/Lisbon',
  RU: 'Europe/Moscow',
  US: 'America/New_York',
  UZ: 'Asia/Tashkent',
};

export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}

export function mainZoneOf(country: string): string | null {
  const code = country.toUpperCase();
  const listed = getCountry(code)?.timezones ?? [];
  const own = listed.find((zone) => getTimezone(zone)?.countries[0] === code);

  return MAIN_ZONE[code] ?? own ?? listed[0] ?? null;
}

type PlaceInput = {
  buyerTimeZone?: string | null;
  buyerCountry?: string | null;
  sellerTimeZone: string;
};

// A zone the caller knows (from a profile or the mail's Date offset) beats one guessed from
// the country; with neither, the seller's own zone is the least wrong guess.
export function locateBuyer({
  buyerTimeZone,
  buyerCountry,
  sellerTimeZone,
}: PlaceInput): BuyerPlace {
  const country = buyerCountry ? buyerCountry.toUpperCase() : null;

  if (buyerTimeZone && isValidTimeZone(buyerTimeZone)) {
    const fromZone = getCountryForTimezone(buyerTimeZone)?.id ?? null;
    return { country: country ?? fromZone, timeZone: buyerTimeZone, zoneSource: 'given' };
  }

  const guessed = country ? mainZoneOf(country) : null;
  if (guessed) return { country, timeZone: guessed, zoneSource: 'country' };

  return { country, timeZone: sellerTimeZone, zoneSource: 'seller' };
}
