import type { Attachment } from '../message.ts';
import { clip } from '../text/find.ts';
import type { PlainCheck } from './check-types.ts';
import { anyMatch, endOfWrittenDate } from './patterns.ts';
import {
  ANY_MONEY,
  INCOTERM,
  LEAD_TIME,
  MOQ_NAMED,
  MOQ_STATED,
  NO_MOQ,
  NOT_A_PLACE,
  PAYMENT,
  PLACED_INCOTERMS,
  PRICE_WITH_UNIT,
  VALIDITY,
  VALIDITY_DATE,
} from './trade-terms.ts';

export type QuotationContext = { body: string; attachments: Attachment[]; now?: Date };

type QuotationCheck = (context: QuotationContext) => PlainCheck;

// The terms may sit in an attached quotation sheet the core cannot open: say so and trust it,
// rather than nag about a price the buyer will read in the PDF.
const QUOTATION_FILE = /(?:quot|offer|price|proforma|\bPI\b|cotiz|cota[cç]|devis|предлож|прайс)/i;

function found(id: PlainCheck['id'], words: string): PlainCheck {
  return { id, ok: true, detail: clip(words) };
}

function missing(id: PlainCheck['id'], detail: string, context: QuotationContext): PlainCheck {
  const sheet = context.attachments.find((file) => QUOTATION_FILE.test(file.name));
  if (sheet) return { id, ok: true, detail: `in the attached ${sheet.name}? (not read)` };

  return { id, ok: false, detail };
}

const price: QuotationCheck = (context) => {
  const priced = anyMatch(PRICE_WITH_UNIT, context.body);
  if (priced) return found('price', priced[0]);

  const money = ANY_MONEY.exec(context.body);
  const detail = money ? `no unit after ${clip(money[0])}` : 'no price with currency and unit';
  return missing('price', detail, context);
};

const incoterm: QuotationCheck = (context) => {
  for (const match of context.body.matchAll(PLACED_INCOTERMS)) {
    if (!NOT_A_PLACE.test(match[1] ?? '')) return found('incoterm', match[0]);
  }

  const bare = INCOTERM.exec(context.body);
  const detail = bare ? `${bare[0]} without a named place` : 'no Incoterm with a named place';
  return missing('incoterm', detail, context);
};

const payment: QuotationCheck = (context) => {
  const terms = PAYMENT.exec(context.body);
  return terms ? found('payment', terms[0]) : missing('payment', 'no payment terms', context);
};

const leadTime: QuotationCheck = (context) => {
  const stated = anyMatch(LEAD_TIME, context.body);
  return stated ? found('lead-time', stated[0]) : missing('lead-time', 'no lead time', context);
};

const validity: QuotationCheck = (context) => {
  const stated = VALIDITY.exec(context.body);
  if (!stated) return missing('validity', 'no validity', context);

  const written = VALIDITY_DATE.exec(stated[0])?.[0];
  const until = written ? endOfWrittenDate(written) : null;
  if (context.now && until && until.getTime() < context.now.getTime()) {
    return { id: 'validity', ok: false, detail: `expired: ${clip(stated[0])}` };
  }

  return found('validity', stated[0]);
};

const moq: QuotationCheck = (context) => {
  const stated = MOQ_STATED.exec(context.body) ?? NO_MOQ.exec(context.body);
  if (stated) return found('moq', stated[0]);

  const named = MOQ_NAMED.test(context.body);
  return missing('moq', named ? 'MOQ without a quantity' : 'no MOQ', context);
};

export const QUOTATION_CHECKS: readonly QuotationCheck[] = [
  price,
  incoterm,
  payment,
  leadTime,
  validity,
  moq,
];
