import type { InquiryClass } from '../grade-types.ts';

export type Channel = 'email' | 'phone';

// What the step asks of the buyer; the panel turns the key into words.
export type StepPurpose =
  | 'confirm-receipt'
  | 'ask-feedback'
  | 'reconnect'
  | 'periodic-contact'
  | 'weekly-ask'
  | 'close-follow-up'
  | 'sample-sent'
  | 'sample-arrived'
  | 'sample-feedback';

// `day` counts calendar days in the buyer's time zone from the phase's start: the quotation
// for the class cadences, the buyer's reply for the phases a reply starts.
export type CadenceStep = {
  id: string;
  day: number;
  channel: Channel;
  purpose: StepPurpose;
};

// After T+30 the course asks only for "periodic contact" for about two years. Every 30 days
// keeps the seller in the buyer's inbox about monthly without pestering; holiday greetings
// and closure notices (holidays.ts) come on top. The horizon stays two years from the quote
// whatever replies come in between.
export const PERIODIC = { everyDays: 30, untilDay: 730 } as const;

function step(day: number, channel: Channel, purpose: StepPurpose): CadenceStep {
  return { id: `${purpose}-d${day}`, day, channel, purpose };
}

const email = (day: number, purpose: StepPurpose) => step(day, 'email', purpose);
const phone = (day: number, purpose: StepPurpose) => step(day, 'phone', purpose);

// method.md section 5: T+1 to T+7 alternate email and phone, then three reasons to reconnect.
const FULL: readonly CadenceStep[] = [
  email(1, 'confirm-receipt'),
  phone(2, 'confirm-receipt'),
  email(3, 'ask-feedback'),
  phone(4, 'ask-feedback'),
  email(5, 'ask-feedback'),
  phone(6, 'ask-feedback'),
  email(7, 'ask-feedback'),
  email(10, 'reconnect'),
  email(15, 'reconnect'),
  email(30, 'reconnect'),
];

// method.md section 6: C by email only, D sparsely, E not at all.
export const QUOTE_STEPS: Record<InquiryClass, readonly CadenceStep[]> = {
  A: FULL,
  B: FULL,
  C: [
    email(1, 'confirm-receipt'),
    email(3, 'ask-feedback'),
    email(7, 'ask-feedback'),
    email(15, 'reconnect'),
    email(30, 'reconnect'),
  ],
  D: [email(7, 'ask-feedback'), email(30, 'reconnect')],
  E: [],
};

// comparing_offers: ask again every week for a month.
export const WEEKLY_ASKS: readonly CadenceStep[] = [7, 14, 21, 28].map((day) =>
  email(day, 'weekly-ask'),
);

// awaiting_client_feedback: every 3 days for a month, then the periodic contact takes over.
export const CLOSE_FOLLOW_UPS: readonly CadenceStep[] = [3, 6, 9, 12, 15, 18, 21, 24, 27, 30].map(
  (day) => email(day, 'close-follow-up'),
);

// sample_request: two days to send with a tracking number, a week of courier from China to
// most markets, then five days for the buyer to test.
export const SAMPLE_STEPS: readonly CadenceStep[] = [
  email(2, 'sample-sent'),
  email(9, 'sample-arrived'),
  email(14, 'sample-feedback'),
];

// A phase's own steps, then periodic contact from a month after its last step until `untilDay`
// (counted, like the phase's days, from the phase's start).
export function withPeriodic(phase: readonly CadenceStep[], untilDay: number): CadenceStep[] {
  const periodic: CadenceStep[] = [];
  const lastDay = phase.at(-1)?.day ?? 0;

  for (let day = lastDay + PERIODIC.everyDays; day <= untilDay; day += PERIODIC.everyDays) {
    periodic.push(email(day, 'periodic-contact'));
  }

  return [...phase, ...periodic];
}

export function cadenceFor(inquiryClass: InquiryClass): CadenceStep[] {
  // Junk gets no follow-up at all, not even periodic contact.
  if (inquiryClass === 'E') return [];

  return withPeriodic(QUOTE_STEPS[inquiryClass], PERIODIC.untilDay);
}
