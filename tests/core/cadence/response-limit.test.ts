import { describe, expect, it } from 'vitest';
import { publicHolidayChecker } from '../../../src/core/cadence/holidays.ts';
import { firstResponseDue, isOverdue } from '../../../src/core/cadence/response-limit.ts';
import { localTime } from './fixtures.ts';

const SHANGHAI = 'Asia/Shanghai';

// Shanghai is UTC+8 all year: '2026-03-04 10:00' local is written with its offset.
const cst = (local: string) => new Date(`${local.replace(' ', 'T')}:00+08:00`);

describe('firstResponseDue for a seller in Shanghai (09:00-18:00, Monday to Friday)', () => {
  it.each([
    ['A', 'Wed 2026-03-04 10:00', '2026-03-04 10:00', 'Wed 2026-03-04 10:15'],
    ['A', 'before opening', '2026-03-04 08:59', 'Wed 2026-03-04 09:15'],
    ['A', 'five minutes before closing', '2026-03-04 17:55', 'Wed 2026-03-04 18:10'],
    ['A', 'at closing', '2026-03-04 18:00', 'Thu 2026-03-05 09:15'],
    ['A', 'Friday evening', '2026-03-06 18:30', 'Mon 2026-03-09 09:15'],
    ['B', 'Wed 2026-03-04 10:00', '2026-03-04 10:00', 'Wed 2026-03-04 10:30'],
    ['B', 'Saturday', '2026-03-07 11:00', 'Mon 2026-03-09 09:30'],
    ['C', 'Wed 2026-03-04 10:00', '2026-03-04 10:00', 'Wed 2026-03-04 18:00'],
    ['C', 'a minute before closing', '2026-03-04 17:59', 'Wed 2026-03-04 18:00'],
    ['C', 'at closing', '2026-03-04 18:00', 'Thu 2026-03-05 18:00'],
    ['C', 'Friday evening', '2026-03-06 19:00', 'Mon 2026-03-09 18:00'],
    ['D', 'Wed 2026-03-04 10:00', '2026-03-04 10:00', 'Thu 2026-03-05 10:00'],
    ['D', 'Friday afternoon', '2026-03-06 17:00', 'Mon 2026-03-09 17:00'],
    ['D', 'Saturday', '2026-03-07 10:00', 'Tue 2026-03-10 09:00'],
    ['E', 'any time', '2026-03-04 10:00', null],
  ] as const)('class %s received %s (%s) is due %s', (inquiryClass, _when, received, due) => {
    const dueAt = firstResponseDue(cst(received), inquiryClass, SHANGHAI);

    expect(localTime(dueAt, SHANGHAI)).toBe(due);
  });

  it('skips the Spring Festival days the holiday library knows', () => {
    // The library gives 16-18 February 2026 as the statutory Spring Festival days.
    const dueAt = firstResponseDue(cst('2026-02-13 19:00'), 'C', SHANGHAI, {
      isSellerHoliday: publicHolidayChecker('CN'),
    });

    expect(localTime(dueAt, SHANGHAI)).toBe('Thu 2026-02-19 18:00');
  });

  it("uses the seller's own weekend when the seller's country is given", () => {
    // Riyadh rests Friday-Saturday: a Thursday-evening inquiry is due on Sunday.
    const received = new Date('2026-03-05T18:30:00+03:00');
    const dueAt = firstResponseDue(received, 'A', 'Asia/Riyadh', { sellerCountry: 'SA' });

    expect(localTime(dueAt, 'Asia/Riyadh')).toBe('Sun 2026-03-08 09:15');
  });

  it('keeps the wall clock when the seller changes to summer time', () => {
    // Berlin springs forward on Sunday 29 March 2026; a Friday class D inquiry is due Monday.
    const dueAt = firstResponseDue(new Date('2026-03-27T09:00:00Z'), 'D', 'Europe/Berlin');

    expect(localTime(dueAt, 'Europe/Berlin')).toBe('Mon 2026-03-30 10:00');
    expect(dueAt?.toISOString()).toBe('2026-03-30T08:00:00.000Z');
  });
});

describe('isOverdue at the edge of the limit', () => {
  const received = cst('2026-03-04 10:00');

  it.each([
    ['A', '2026-03-04T10:15:00.000+08:00', false],
    ['A', '2026-03-04T10:15:00.001+08:00', true],
    ['B', '2026-03-04T10:30:00.000+08:00', false],
    ['B', '2026-03-04T10:30:00.001+08:00', true],
    ['C', '2026-03-04T18:00:00.000+08:00', false],
    ['C', '2026-03-04T18:00:00.001+08:00', true],
    ['D', '2026-03-05T10:00:00.000+08:00', false],
    ['D', '2026-03-05T10:00:00.001+08:00', true],
    ['E', '2027-03-04T10:00:00.000+08:00', false],
  ] as const)('class %s at %s: overdue %s', (inquiryClass, now, overdue) => {
    expect(isOverdue(received, inquiryClass, SHANGHAI, new Date(now))).toBe(overdue);
  });
});
