import { describe, expect, it } from 'vitest';
import { buyerView, localTime, plan, SHANGHAI } from './fixtures.ts';

describe('planCadence edge cases', () => {
  it('plans nothing for class E', () => {
    const result = plan({ quotedAt: new Date('2026-03-05T06:00:00Z'), inquiryClass: 'E' });

    expect(result).toMatchObject({ state: 'stopped', stage: 'quoted', steps: [] });
  });

  it('plans class C by email only and class D sparsely', () => {
    const quotedAt = new Date('2026-03-03T09:00:00Z');
    const classC = plan({ quotedAt, inquiryClass: 'C', buyerCountry: 'GB' });
    const classD = plan({ quotedAt, inquiryClass: 'D', buyerCountry: 'GB' });

    expect(classC.steps.every((step) => step.channel === 'email')).toBe(true);
    expect(buyerView(classD, 2)).toEqual([
      'ask-feedback-d7 Tue 2026-03-10 09:30',
      'reconnect-d30 Thu 2026-04-02 09:30',
    ]);
  });

  it('drops the steps whose day is over when the cadence starts late', () => {
    // Quoted Monday 10:00 in Berlin, cadence started with one click on Thursday at 12:00.
    const result = plan({
      quotedAt: new Date('2026-03-02T09:00:00Z'),
      now: new Date('2026-03-05T11:00:00Z'),
      buyerCountry: 'DE',
    });

    expect(buyerView(result, 3)).toEqual([
      'ask-feedback-d3 Thu 2026-03-05 12:00',
      'ask-feedback-d4 Fri 2026-03-06 10:00',
      'ask-feedback-d5 Mon 2026-03-09 09:30',
    ]);
  });

  it.each([
    [{ buyerTimeZone: 'Asia/Tokyo', buyerCountry: 'DE' }, 'Asia/Tokyo', 'given'],
    [{ buyerTimeZone: 'Not/AZone', buyerCountry: 'DE' }, 'Europe/Berlin', 'country'],
    [{ buyerCountry: 'br' }, 'America/Sao_Paulo', 'country'],
    [{ buyerCountry: null }, SHANGHAI, 'seller'],
  ])('finds the buyer zone from %j', (buyer, timeZone, zoneSource) => {
    const result = plan({ quotedAt: new Date('2026-03-05T06:00:00Z'), ...buyer });

    expect(result.buyer).toMatchObject({ timeZone, zoneSource });
  });

  it('never plans two steps on one buyer day, nor a step before now', () => {
    const quotedAt = new Date('2026-12-23T15:00:00Z');
    const result = plan({ quotedAt, buyerCountry: 'US' });
    const days = result.steps.map((step) =>
      localTime(step.dueAt, 'America/New_York')?.slice(0, 14),
    );

    expect(new Set(days).size).toBe(days.length);
    expect(result.steps.every((step) => step.dueAt >= quotedAt)).toBe(true);
  });
});
