import { describe, expect, it } from 'vitest';
import { cadenceFor, PERIODIC, withPeriodic } from '../../../src/core/cadence/steps.ts';
import { CLASSES } from '../../../src/core/grade-types.ts';

const quoteSteps = (inquiryClass: (typeof CLASSES)[number]) =>
  cadenceFor(inquiryClass)
    .filter((step) => step.purpose !== 'periodic-contact')
    .map((step) => `T+${step.day} ${step.channel}`);

describe('the cadence by class (method.md sections 5 and 6)', () => {
  it.each([
    [
      'A',
      [
        'T+1 email',
        'T+2 phone',
        'T+3 email',
        'T+4 phone',
        'T+5 email',
        'T+6 phone',
        'T+7 email',
        'T+10 email',
        'T+15 email',
        'T+30 email',
      ],
    ],
    ['C', ['T+1 email', 'T+3 email', 'T+7 email', 'T+15 email', 'T+30 email']],
    ['D', ['T+7 email', 'T+30 email']],
    ['E', []],
  ] as const)('class %s follows up at %j', (inquiryClass, expected) => {
    expect(quoteSteps(inquiryClass)).toEqual(expected);
  });

  it('gives class B the same cadence as class A', () => {
    expect(cadenceFor('B')).toEqual(cadenceFor('A'));
  });

  it.each(['A', 'B', 'C', 'D'] as const)(
    'class %s keeps periodic contact every 30 days from T+60 to T+720',
    (inquiryClass) => {
      const periodic = cadenceFor(inquiryClass).filter(
        (step) => step.purpose === 'periodic-contact',
      );

      expect(periodic.map((step) => step.day)).toEqual(
        Array.from({ length: 23 }, (_, index) => 60 + index * PERIODIC.everyDays),
      );
      expect(periodic.every((step) => step.channel === 'email')).toBe(true);
    },
  );

  it.each(CLASSES)('class %s has unique step ids in day order', (inquiryClass) => {
    const steps = cadenceFor(inquiryClass);
    const days = steps.map((step) => step.day);

    expect(new Set(steps.map((step) => step.id)).size).toBe(steps.length);
    expect(days).toEqual([...days].sort((a, b) => a - b));
  });

  it('starts periodic-only contact a month after the phase start', () => {
    expect(withPeriodic([], 95).map((step) => step.id)).toEqual([
      'periodic-contact-d30',
      'periodic-contact-d60',
      'periodic-contact-d90',
    ]);
  });
});
