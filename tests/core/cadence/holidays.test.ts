import { describe, expect, it } from 'vitest';
import {
  closureNotices,
  holidayGreetings,
  publicHolidayChecker,
} from '../../../src/core/cadence/holidays.ts';
import { planCadence } from '../../../src/core/cadence/plan.ts';
import { localTime } from './fixtures.ts';

const YEAR_2026 = [new Date('2026-01-01T00:00:00Z'), new Date('2026-12-31T12:00:00Z')] as const;

describe('publicHolidayChecker', () => {
  it.each([
    ['DE', '2026-12-25', true],
    ['DE', '2026-12-24', false], // a bank half-day, offices open in the morning
    ['DE', '2026-04-06', true], // Easter Monday
    ['US', '2026-11-26', true], // Thanksgiving
    ['US', '2026-11-27', false], // the day after is only an observance
    ['AE', '2026-03-19', false],
    ['AE', '2026-03-20', true], // Eid al-Fitr, three days off
    ['AE', '2026-03-22', true],
    ['AE', '2026-03-23', false],
    ['ZZ', '2026-12-25', false], // unknown country: no holidays rather than an error
  ])('%s on %s: holiday %s', (country, date, expected) => {
    expect(publicHolidayChecker(country)(date)).toBe(expected);
  });

  it("moves a step off the buyer's public holiday", () => {
    // The German Friday quote's T+30 lands on Easter Monday without the holiday check.
    const quotedAt = new Date('2026-03-06T08:30:00Z');
    const plan = planCadence({
      quotedAt,
      inquiryClass: 'A',
      buyerCountry: 'DE',
      sellerTimeZone: 'Asia/Shanghai',
      now: quotedAt,
      isBuyerHoliday: publicHolidayChecker('DE'),
    });
    const reconnect = plan.steps.find((step) => step.id === 'reconnect-d30');

    expect(localTime(reconnect?.dueAt, 'Europe/Berlin')).toBe('Tue 2026-04-07 09:30');
  });
});

describe('holidayGreetings', () => {
  it.each([
    [
      'US',
      [
        'new-year 2026-01-01',
        'easter 2026-04-05',
        'thanksgiving 2026-11-26',
        'christmas 2026-12-25',
      ],
    ],
    ['AE', ['new-year 2026-01-01', 'eid-al-fitr 2026-03-20', 'eid-al-adha 2026-05-27']],
    ['RU', ['new-year 2026-01-01', 'christmas 2026-01-07']],
    ['KR', ['new-year 2026-01-01', 'lunar-new-year 2026-02-17', 'christmas 2026-12-25']],
    ['IL', ['rosh-hashanah 2026-09-12']],
  ])('greets a buyer in %s for %j', (country, expected) => {
    const greetings = holidayGreetings(country, ...YEAR_2026);

    expect(greetings.map(({ key, date }) => `${key} ${date}`)).toEqual(expected);
  });

  it('keeps only the festivals inside the range', () => {
    const spring = holidayGreetings(
      'DE',
      new Date('2026-03-01T00:00:00Z'),
      new Date('2026-06-30T00:00:00Z'),
    );

    expect(spring.map(({ key }) => key)).toEqual(['easter']);
  });
});

describe('closureNotices', () => {
  it("announces a Chinese seller's Spring Festival and National Day closures ahead", () => {
    expect(closureNotices('CN', ...YEAR_2026)).toEqual([
      { key: 'spring-festival', firstDay: '2026-02-16', noticeOn: '2026-01-17' },
      { key: 'national-day', firstDay: '2026-10-01', noticeOn: '2026-09-17' },
    ]);
  });

  it('finds a notice due this December for a closure next January', () => {
    const december = [new Date('2027-12-01T00:00:00Z'), new Date('2027-12-31T00:00:00Z')] as const;

    expect(closureNotices('CN', ...december)).toEqual([
      { key: 'spring-festival', firstDay: '2028-01-25', noticeOn: '2027-12-26' },
    ]);
  });

  it('knows no closures for other sellers yet', () => {
    expect(closureNotices('DE', ...YEAR_2026)).toEqual([]);
  });
});
