import type { Grade } from '../grade-types.ts';
import type { MailMessage } from '../message.ts';
import type { ReplyVariables } from './fill-template.ts';

// The values a reply template names, taken from the graded mail (its evidence first, its text
// second) and from the seller's settings. Each finder returns null rather than a guess.

export type ReplySources = {
  message: MailMessage;
  grade: Grade;
  companyName: string;
  signature: string;
};

export function replyVariables(sources: ReplySources): ReplyVariables {
  const { message, grade } = sources;
  const evidence = grade.kind === 'inquiry' ? grade.evidence : [];
  const said = (ruleId: string) => evidence.find((item) => item.ruleId === ruleId)?.evidence;
  const text = `${message.subject}\n${message.bodyText}`;

  return {
    buyerName: buyerNameOf(message.from.name ?? null),
    product: productOf(said('named-product')) ?? productInSubject(message.subject),
    quantity: quantityOf(said('quantity')) ?? quantityIn(text),
    incoterm: incotermOf(said('incoterm') ?? '') ?? incotermOf(text),
    companyName: sources.companyName.trim() || null,
    signature: sources.signature.trim(),
    subject: plainSubject(message.subject) || null,
  };
}

const GENERIC_MAILBOX =
  /^(?:sales|info|inquir\w*|enquir\w*|purchas\w*|procurement|sourcing|buyer|admin|support|contact|office|team|service|marketing|hello|no-?reply|import|export)\b/i;

// "Samir Okafor", never "info", "sales@…" or the company after "Samir | Okafor Trading".
export function buyerNameOf(displayName: string | null): string | null {
  const name = displayName
    ?.replace(/["'“”‘’]/g, '')
    .replace(/\(.*?\)|\bvia\b.*$/gi, '')
    .split(/\s+[|/–-]\s+/)[0]
    ?.replace(/\s+/g, ' ')
    .trim();

  if (!name || name.includes('@') || GENERIC_MAILBOX.test(name) || !/\p{L}/u.test(name)) {
    return null;
  }

  const shouting = name === name.toUpperCase() && /\p{Lu}{2}/u.test(name);
  return shouting ? name.toLowerCase().replace(/(^|\s)\p{L}/gu, (c) => c.toUpperCase()) : name;
}

// The named-product rule quotes the buying words with the product: "looking for 5000 pcs of
// steel hinges" names "steel hinges".
const BUYING_WORDS =
  /^(?:quote|price (?:of|for)|need|looking for|interested in|order|buy|purchase|supply of|require(?:ment)?(?: for| of)?)\s+/i;
const LEADING_QUANTITY =
  /^\d[\d,.]*\s*(?:pcs|pieces|units|sets|pairs|metric tons|tons|mt)\s+(?:of\s+)?/i;
const ARTICLE = /^(?:your|the|our|some|a|an)\s+/i;

export function productOf(evidence: string | undefined): string | null {
  const product = evidence
    ?.replace(/\s*\(in your catalogue\)$/, '')
    .replace(BUYING_WORDS, '')
    .replace(LEADING_QUANTITY, '')
    .replace(ARTICLE, '')
    .replace(/[…,.;:!?]+$/, '')
    .trim();

  return product || null;
}

const SUBJECT_PRODUCT =
  /^(?:inquiry|enquiry|rfq|quotation request|request for quotation|quotation|quote)\s*(?:about|for|on|of|-|:)\s*(.{3,60})$/i;

// A buyer's reply keeps the inquiry's subject: "Re: Inquiry for LED panel lights".
export function productInSubject(subject: string): string | null {
  const found = SUBJECT_PRODUCT.exec(plainSubject(subject))?.[1]?.trim();
  return found ? found.replace(/[.!?]+$/, '') : null;
}

// The quantity rule's evidence lists its finds in quotes: "5,000 pcs", "2 x 40HQ".
export function quantityOf(evidence: string | undefined): string | null {
  const first = evidence ? /"([^"]+)"/.exec(evidence)?.[1] : undefined;
  return first?.trim() || null;
}

const QUANTITY =
  /\b\d[\d,.]*\s*(?:k\s*)?(?:pcs|pc|pieces|units|sets|pairs|cartons|ctns|rolls|boxes|bags|metric tons?|tons?|tonnes?|MT|kg|containers?)\b|\b(?:one|two|three|four|five|ten|\d+)\s*x\s*(?:20|40)\s*(?:ft|GP|HQ)\b/i;

export function quantityIn(text: string): string | null {
  return QUANTITY.exec(text)?.[0].replace(/\s+/g, ' ').trim() ?? null;
}

const TERMS = 'EXW|FCA|FAS|FOB|CFR|CNF|C&F|CIF|CPT|CIP|DAP|DPU|DDP';
const PLACED_TERM = new RegExp(
  `\\b(${TERMS})(?:[ \\t]+(\\p{Lu}\\p{L}+(?:[ \\t]\\p{Lu}\\p{L}+)?))?`,
  'u',
);
// Capitalised words after a term that are no place: "FOB Price", "CIF Terms".
const NOT_A_PLACE =
  /^(?:Or|And|To|At|On|For|Prices?|Terms?|Basis|Only|Please|Incoterms?|Shipping|Costs?)\b/;

// "FOB Ningbo" where a place follows the term, the bare term otherwise.
export function incotermOf(text: string): string | null {
  const match = PLACED_TERM.exec(text);
  if (!match?.[1]) return null;

  const place = match[2];
  if (!place || NOT_A_PLACE.test(place)) return match[1];

  const [first = '', second] = place.split(/[ \t]+/);
  return second && !NOT_A_PLACE.test(second)
    ? `${match[1]} ${first} ${second}`
    : `${match[1]} ${first}`;
}

export function plainSubject(subject: string): string {
  return subject.replace(/^(?:\s*(?:re|fw|fwd|aw|wg|sv|antw)\s*(?:\[\d+\])?\s*:\s*)+/i, '').trim();
}
