import { buyerCalendar, scheduleSteps } from '../cadence/schedule.ts';
import { QUOTE_STEPS } from '../cadence/steps.ts';
import { locateBuyer } from '../cadence/zones.ts';
import type { InquiryRecord, QuotationRecord, StepRecord } from '../metrics/records.ts';
import {
  CLASS_FIGURES,
  LATE_ANSWER_PENALTY,
  REPLY_KIND_WEIGHTS,
  STEP_DONE,
} from './history-profile.ts';
import type { Random } from './prng.ts';

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

export type Quoting = {
  inquiry: InquiryRecord;
  onTime: boolean;
  country: string;
  sellerTimeZone: string;
  now: number;
};

// Most quotes go with the first answer; the rest a day or three later, after questions.
export function drawQuotation(random: Random, quoting: Quoting, id: string): QuotationRecord {
  const { inquiry } = quoting;
  const answeredFirst = inquiry.firstResponseAt ?? inquiry.receivedAt;
  const sentAt = random.chance(0.7) ? answeredFirst : answeredFirst + random.between(1, 3) * DAY_MS;
  const answeredAt = drawBuyerAnswer(random, quoting, sentAt);

  return {
    id,
    inquiryId: inquiry.id,
    class: inquiry.class,
    source: inquiry.source,
    sentAt: Math.round(sentAt),
    answeredAt,
    replyKind: answeredAt === null ? null : random.pick(REPLY_KIND_WEIGHTS),
  };
}

// Most buyers who answer do so within days; a tail takes weeks. An answer still in the future
// has not happened yet.
function drawBuyerAnswer(random: Random, quoting: Quoting, sentAt: number): number | null {
  const base = CLASS_FIGURES[quoting.inquiry.class].buyerAnswers;
  const likely = quoting.onTime ? base : base * LATE_ANSWER_PENALTY;
  if (!random.chance(likely)) return null;

  const days = random.pick([
    [random.between(0.05, 3), 60],
    [random.between(3, 10), 25],
    [random.between(10, 45), 15],
  ] as const);
  const at = Math.round(sentAt + days * DAY_MS);
  return at <= quoting.now ? at : null;
}

// The class's quote cadence, as the plan would schedule it in the buyer's calendar, up to the
// buyer's answer (which interrupts it) and up to now (later steps are still plans, not history).
export function drawSteps(
  random: Random,
  quotation: QuotationRecord,
  quoting: Quoting,
): StepRecord[] {
  const buyer = locateBuyer({
    buyerCountry: quoting.country,
    sellerTimeZone: quoting.sellerTimeZone,
  });
  const calendar = buyerCalendar(buyer);
  const sent = new Date(quotation.sentAt);
  const planned = scheduleSteps(QUOTE_STEPS[quotation.class], sent, calendar, sent);
  const stop = Math.min(quotation.answeredAt ?? Number.POSITIVE_INFINITY, quoting.now);

  return planned
    .filter((step) => step.dueAt.getTime() < stop)
    .map((step) => ({
      id: `${quotation.id}-${step.id}`,
      quotationId: quotation.id,
      class: quotation.class,
      channel: step.channel,
      dueAt: step.dueAt.getTime(),
      doneAt: drawDone(random, step.dueAt.getTime(), quoting.now),
    }));
}

function drawDone(random: Random, dueAt: number, now: number): number | null {
  const roll = random.next();
  let doneAt: number | null = null;
  if (roll < STEP_DONE.onTime) doneAt = dueAt + random.between(0, 20) * HOUR_MS;
  else if (roll < STEP_DONE.onTime + STEP_DONE.late)
    doneAt = dueAt + random.between(1.2, 5) * DAY_MS;

  return doneAt !== null && doneAt <= now ? Math.round(doneAt) : null;
}
