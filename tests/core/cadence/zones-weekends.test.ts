import { getAllCountries } from 'countries-and-timezones';
import { describe, expect, it } from 'vitest';
import { weekendOf } from '../../../src/core/cadence/weekends.ts';
import { isValidTimeZone, mainZoneOf } from '../../../src/core/cadence/zones.ts';

describe("a country's main time zone", () => {
  it.each([
    ['US', 'America/New_York'],
    ['us', 'America/New_York'],
    ['CN', 'Asia/Shanghai'],
    ['DE', 'Europe/Berlin'],
    ['AE', 'Asia/Dubai'],
    ['AU', 'Australia/Sydney'],
    ['BR', 'America/Sao_Paulo'],
    ['RU', 'Europe/Moscow'],
    ['IN', 'Asia/Kolkata'],
    ['ID', 'Asia/Jakarta'],
    ['GH', 'Africa/Abidjan'],
    ['XX', null],
  ])('%s -> %s', (country, zone) => {
    expect(mainZoneOf(country)).toBe(zone);
  });

  // Heard Island (HM) is listed with no zone at all: nobody there to call.
  it('gives every country the library lists with a zone one the runtime accepts', () => {
    const countries = Object.values(getAllCountries()).filter((c) => c.timezones.length > 0);
    const unusable = countries.filter(({ id }) => {
      const zone = mainZoneOf(id);
      return zone === null || !isValidTimeZone(zone);
    });

    expect(unusable).toEqual([]);
  });
});

const NAMES = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const weekendNames = (country: string | null) =>
  weekendOf(country)
    .map((day) => NAMES[day])
    .sort();

describe("a country's weekend", () => {
  it.each([
    ['AE', ['Sat', 'Sun']],
    ['SA', ['Fri', 'Sat']],
    ['QA', ['Fri', 'Sat']],
    ['KW', ['Fri', 'Sat']],
    ['BH', ['Fri', 'Sat']],
    ['OM', ['Fri', 'Sat']],
    ['EG', ['Fri', 'Sat']],
    ['IL', ['Fri', 'Sat']],
    ['BD', ['Fri', 'Sat']],
    ['IR', ['Fri']],
    ['AF', ['Fri', 'Thu']],
    ['BN', ['Fri', 'Sun']],
    ['DE', ['Sat', 'Sun']],
    ['IN', ['Sat', 'Sun']],
    [null, ['Sat', 'Sun']],
  ])('%s rests on %j', (country, days) => {
    expect(weekendNames(country)).toEqual(days);
  });

  // The runtime's CLDR data, where it has any, as a second opinion: a new disagreement means
  // CLDR (or a country) changed and the table in weekends.ts needs a look.
  const KNOWN_DIFFERENCES = new Set(['BD', 'MV', 'BN', 'IN', 'UG']);
  // V8 first shipped week info as a getter (Node 20), later as getWeekInfo(); Firefox has neither.
  type WeekInfo = { weekend: number[] };
  type WithWeekInfo = Intl.Locale & { weekInfo?: WeekInfo; getWeekInfo?: () => WeekInfo };
  const cldrWeekend = (country: string): number[] | null => {
    const locale = new Intl.Locale(`und-${country}`) as WithWeekInfo;
    const info = locale.getWeekInfo?.() ?? locale.weekInfo;
    return info ? info.weekend.map((day) => day % 7) : null;
  };

  it.each([
    'AE',
    'SA',
    'QA',
    'KW',
    'BH',
    'OM',
    'EG',
    'IL',
    'JO',
    'IQ',
    'DZ',
    'LY',
    'YE',
    'SY',
    'SD',
    'IR',
    'AF',
    'DE',
    'US',
    'CN',
  ])('%s agrees with CLDR', (country) => {
    const cldr = cldrWeekend(country);
    if (!cldr || KNOWN_DIFFERENCES.has(country)) return;

    expect([...weekendOf(country)].sort()).toEqual(cldr.sort());
  });
});
