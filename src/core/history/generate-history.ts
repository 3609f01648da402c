import { TZDate } from '@date-fns/tz';
import { addDays, isWeekend, startOfDay } from 'date-fns';
import type { DateRange, HistoryRecords, InquiryRecord } from '../metrics/records.ts';
import { drawFirstResponse } from './first-responses.ts';
import { drawQuotation, drawSteps, type Quoting } from './follow-ups.ts';
import {
  BUYER_COUNTRIES,
  CLASS_FIGURES,
  CLASS_WEIGHTS,
  INQUIRIES_PER_DAY,
  SOURCE_WEIGHTS,
  WEEKEND_SHARE,
} from './history-profile.ts';
import { drawOutcome } from './outcomes.ts';
import { type Random, seededRandom } from './prng.ts';

// Months of plausible history for tests and the demo dashboard: the same seed and range give
// the same records, byte for byte.

export type HistoryOptions = {
  seed: number;
  range: DateRange;
  // Events after `now` have not happened: no answer, step or decision is dated later.
  now?: Date;
  // The seller's zone: their working hours set the first-response limits.
  sellerTimeZone?: string;
  inquiriesPerDay?: number;
};

const DAY_MS = 24 * 60 * 60 * 1000;

export function generateHistory(options: HistoryOptions): HistoryRecords {
  const random = seededRandom(options.seed);
  const sellerTimeZone = options.sellerTimeZone ?? 'Asia/Shanghai';
  const now = Math.min((options.now ?? options.range.to).getTime(), options.range.to.getTime());
  const records: HistoryRecords = { inquiries: [], quotations: [], steps: [], outcomes: [] };

  for (const receivedAt of arrivals(random, options, sellerTimeZone)) {
    if (receivedAt >= now) break;
    addInquiry(random, records, { receivedAt, sellerTimeZone, now });
  }

  return records;
}

// Poisson arrivals per seller day, at any hour: buyers write from every time zone.
function* arrivals(random: Random, options: HistoryOptions, timeZone: string): Generator<number> {
  const perDay = options.inquiriesPerDay ?? INQUIRIES_PER_DAY;
  let day: Date = startOfDay(new TZDate(options.range.from.getTime(), timeZone));

  while (day.getTime() < options.range.to.getTime()) {
    const mean = isWeekend(day) ? perDay * WEEKEND_SHARE : perDay;
    const times = Array.from({ length: random.poisson(mean) }, () => random.next() * DAY_MS);

    for (const offset of times.sort((a, b) => a - b)) {
      const at = Math.round(day.getTime() + offset);
      if (at >= options.range.from.getTime() && at < options.range.to.getTime()) yield at;
    }
    day = addDays(day, 1);
  }
}

type Arrival = { receivedAt: number; sellerTimeZone: string; now: number };

function addInquiry(random: Random, records: HistoryRecords, arrival: Arrival): void {
  const inquiryClass = random.pick(CLASS_WEIGHTS);
  const id = `inq-${String(records.inquiries.length + 1).padStart(5, '0')}`;
  const { receivedAt, sellerTimeZone, now } = arrival;
  const response = drawFirstResponse(random, receivedAt, inquiryClass, sellerTimeZone);
  const answered = response && response.at <= now ? response : null;
  const inquiry: InquiryRecord = {
    id,
    class: inquiryClass,
    source: random.pick(SOURCE_WEIGHTS[inquiryClass]),
    receivedAt,
    firstResponseAt: answered?.at ?? null,
  };
  const country = random.pick(BUYER_COUNTRIES);
  records.inquiries.push(inquiry);

  if (answered && random.chance(CLASS_FIGURES[inquiryClass].quoted)) {
    addQuotation(random, records, {
      inquiry,
      onTime: answered.onTime,
      country,
      sellerTimeZone,
      now,
    });
  }
}

function addQuotation(random: Random, records: HistoryRecords, quoting: Quoting): void {
  const quotation = drawQuotation(random, quoting, quoting.inquiry.id.replace('inq', 'quo'));
  if (quotation.sentAt > quoting.now) return;

  records.quotations.push(quotation);
  records.steps.push(...drawSteps(random, quotation, quoting));
  const outcome = drawOutcome(random, quotation, quoting.now);
  if (outcome) records.outcomes.push(outcome);
}
