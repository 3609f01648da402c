import { describe, expect, it } from 'vitest';
import { buyerView, localTime, plan } from './fixtures.ts';

describe('planCadence across time zones and DST', () => {
  it('plans a Friday-afternoon quote from China to Germany on German working days', () => {
    // Friday 16:30 in Shanghai is Friday 09:30 in Berlin; T+1 and T+2 fall on the weekend.
    const result = plan({ quotedAt: new Date('2026-03-06T08:30:00Z'), buyerCountry: 'DE' });

    expect(result.buyer).toEqual({
      country: 'DE',
      timeZone: 'Europe/Berlin',
      zoneSource: 'country',
    });
    expect(buyerView(result)).toEqual([
      'confirm-receipt-d1 Mon 2026-03-09 09:30',
      'confirm-receipt-d2 Tue 2026-03-10 09:30',
      'ask-feedback-d3 Wed 2026-03-11 09:30',
      'ask-feedback-d4 Thu 2026-03-12 09:30',
      'ask-feedback-d5 Fri 2026-03-13 09:30',
      'ask-feedback-d6 Mon 2026-03-16 09:30',
      'ask-feedback-d7 Tue 2026-03-17 09:30',
      'reconnect-d10 Wed 2026-03-18 09:30',
      'reconnect-d15 Mon 2026-03-23 09:30',
      'reconnect-d30 Mon 2026-04-06 09:30',
    ]);
    // Berlin moves to summer time on 29 March: the same 09:30 is an hour earlier in UTC.
    expect(result.steps[0]?.dueAt.toISOString()).toBe('2026-03-09T08:30:00.000Z');
    expect(result.steps[9]?.dueAt.toISOString()).toBe('2026-04-06T07:30:00.000Z');
  });

  it('keeps a US buyer at 09:30 local on both sides of the March DST switch', () => {
    // Thursday 15:00 in New York (EST); clocks go forward on Sunday 8 March 2026.
    const result = plan({ quotedAt: new Date('2026-03-05T20:00:00Z'), buyerCountry: 'US' });

    expect(buyerView(result, 4)).toEqual([
      'confirm-receipt-d1 Fri 2026-03-06 09:30',
      'confirm-receipt-d2 Mon 2026-03-09 09:30',
      'ask-feedback-d3 Tue 2026-03-10 09:30',
      'ask-feedback-d4 Wed 2026-03-11 09:30',
    ]);
    expect(result.steps[0]?.dueAt.toISOString()).toBe('2026-03-06T14:30:00.000Z');
    expect(result.steps[1]?.dueAt.toISOString()).toBe('2026-03-09T13:30:00.000Z');
    expect(localTime(result.steps[1]?.callBy, 'America/New_York')).toBe('Mon 2026-03-09 17:30');
  });

  it("counts T in the buyer's calendar when the quote crosses the date line", () => {
    // Friday 09:00 in Shanghai is still Thursday 17:00 in Los Angeles.
    const result = plan({
      quotedAt: new Date('2026-03-06T01:00:00Z'),
      buyerTimeZone: 'America/Los_Angeles',
    });

    expect(result.buyer).toEqual({
      country: 'US',
      timeZone: 'America/Los_Angeles',
      zoneSource: 'given',
    });
    expect(buyerView(result, 2)).toEqual([
      'confirm-receipt-d1 Fri 2026-03-06 09:30',
      'confirm-receipt-d2 Mon 2026-03-09 09:30',
    ]);
  });

  it('calls a phone step at the time of day the quote went out when that is working time', () => {
    // Tuesday 11:00 in New York: T+2 is Thursday, a working day, so the call keeps 11:00.
    const result = plan({ quotedAt: new Date('2026-03-03T16:00:00Z'), buyerCountry: 'US' });
    const call = result.steps.find((step) => step.id === 'confirm-receipt-d2');

    expect(localTime(call?.dueAt, 'America/New_York')).toBe('Thu 2026-03-05 11:00');
    expect(localTime(call?.callBy, 'America/New_York')).toBe('Thu 2026-03-05 17:30');
  });
});

describe("planCadence and the buyer's weekend", () => {
  it.each([
    // Dubai has rested Saturday-Sunday since 1 January 2022, so Friday is a working day.
    ['AE', 'Asia/Dubai', 'Fri 2026-03-06 09:30', 'Mon 2026-03-09 09:30'],
    // Riyadh rests Friday-Saturday: Sunday is a working day.
    ['SA', 'Asia/Riyadh', 'Sun 2026-03-08 09:30', 'Mon 2026-03-09 09:30'],
    ['IL', 'Asia/Jerusalem', 'Sun 2026-03-08 09:30', 'Mon 2026-03-09 09:30'],
    // Iran rests on Friday only.
    ['IR', 'Asia/Tehran', 'Sat 2026-03-07 09:30', 'Sun 2026-03-08 09:30'],
  ])('a Thursday quote to %s lands in %s on working days', (country, zone, first, second) => {
    // Thursday 5 March 2026, 06:00 UTC: morning everywhere in the table.
    const result = plan({ quotedAt: new Date('2026-03-05T06:00:00Z'), buyerCountry: country });

    expect(result.buyer.timeZone).toBe(zone);
    expect(result.steps.slice(0, 2).map((step) => localTime(step.dueAt, zone))).toEqual([
      first,
      second,
    ]);
  });
});
