import type { InquiryClass } from '../../../src/core/grade-types.ts';
import type {
  InquiryRecord,
  MetricsOptions,
  OutcomeRecord,
  QuotationRecord,
  StepRecord,
} from '../../../src/core/metrics/records.ts';

export const SHANGHAI = 'Asia/Shanghai';
const MINUTE = 60_000;
export const DAY = 24 * 60 * MINUTE;

// Shanghai is UTC+8 all year: '2026-03-04 10:00' is the seller's wall clock.
export const cst = (local: string) => new Date(`${local.replace(' ', 'T')}:00+08:00`).getTime();

export function options(from: string, to: string, now: string): MetricsOptions {
  return {
    range: { from: new Date(cst(from)), to: new Date(cst(to)) },
    now: new Date(cst(now)),
    timeZone: SHANGHAI,
  };
}

let next = 0;
const id = (prefix: string) => `${prefix}-${++next}`;

export function quotation(
  sent: string,
  answeredAfterDays: number | null,
  inquiryClass: InquiryClass = 'A',
  source = 'alibaba',
): QuotationRecord {
  const sentAt = cst(sent);
  return {
    id: id('quo'),
    inquiryId: id('inq'),
    class: inquiryClass,
    source,
    sentAt,
    answeredAt: answeredAfterDays === null ? null : sentAt + answeredAfterDays * DAY,
    replyKind: answeredAfterDays === null ? null : 'bargaining',
  };
}

export function inquiry(
  inquiryClass: InquiryClass,
  received: string,
  answeredAfterMinutes: number | null,
  source = 'website',
): InquiryRecord {
  const receivedAt = cst(received);
  return {
    id: id('inq'),
    class: inquiryClass,
    source,
    receivedAt,
    firstResponseAt:
      answeredAfterMinutes === null ? null : receivedAt + answeredAfterMinutes * MINUTE,
  };
}

export function step(
  inquiryClass: InquiryClass,
  due: string,
  doneAfterHours: number | null,
): StepRecord {
  const dueAt = cst(due);
  return {
    id: id('step'),
    quotationId: id('quo'),
    class: inquiryClass,
    channel: 'email',
    dueAt,
    doneAt: doneAfterHours === null ? null : dueAt + doneAfterHours * 60 * MINUTE,
  };
}

export function outcome(
  inquiryClass: InquiryClass,
  decided: string,
  result: OutcomeRecord['outcome'],
): OutcomeRecord {
  return { inquiryId: id('inq'), class: inquiryClass, outcome: result, decidedAt: cst(decided) };
}
