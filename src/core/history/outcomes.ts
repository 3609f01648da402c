import type { OutcomeRecord, QuotationRecord } from '../metrics/records.ts';
import {
  CLASS_FIGURES,
  DECLINED,
  SILENT_LOST_AFTER_DAYS,
  SILENT_LOST_SHARE,
} from './history-profile.ts';
import type { Random } from './prng.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

// A buyer ready to order mostly does; one who declined is lost; the rest order at their class's
// rate. A decision still in the future has not happened yet.
export function drawOutcome(
  random: Random,
  quotation: QuotationRecord,
  now: number,
): OutcomeRecord | null {
  const decision = decide(random, quotation);
  if (!decision || decision.at > now) return null;

  return {
    inquiryId: quotation.inquiryId,
    class: quotation.class,
    outcome: decision.outcome,
    decidedAt: Math.round(decision.at),
  };
}

function decide(
  random: Random,
  quotation: QuotationRecord,
): { outcome: OutcomeRecord['outcome']; at: number } | null {
  if (quotation.answeredAt === null) {
    const at = quotation.sentAt + SILENT_LOST_AFTER_DAYS * DAY_MS;
    return random.chance(SILENT_LOST_SHARE) ? { outcome: 'lost', at } : null;
  }

  const at = quotation.answeredAt + random.between(2, 20) * DAY_MS;
  const kind = quotation.replyKind;
  if (kind && DECLINED.includes(kind)) return { outcome: 'lost', at };

  const likely = kind === 'ready_to_order' ? 0.85 : CLASS_FIGURES[quotation.class].ordered;
  return { outcome: random.chance(likely) ? 'ordered' : 'lost', at };
}
