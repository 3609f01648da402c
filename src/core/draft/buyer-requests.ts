import type { MailMessage } from '../message.ts';
import { clip } from '../text/find.ts';
import { findSignature } from '../text/signature.ts';
import { splitQuoted } from '../text/split-mail.ts';
import { UNIT } from './patterns.ts';
import { asksForList, type RequestKind, requestKind } from './request-cues.ts';
import { type Block, blocksOf } from './sentences.ts';
import { keywordsIn, type Topic, topicsIn } from './topics.ts';

// One thing the buyer asked for. `label` is the buyer's own words, short enough for a checklist
// row; `figures` are the quantities and model numbers a complete answer repeats.
export type BuyerRequest = {
  kind: RequestKind;
  label: string;
  text: string;
  topics: Topic[];
  keywords: string[];
  figures: string[];
};

const LABEL_MAX = 60;

const CONTAINERS = 'x\\s*(?:20|40)\\s*(?:ft|gp|hq)';
const QUANTITY = new RegExp(
  `(?<![\\p{L}\\p{N}])\\d[\\d,.]*\\s*(?:k\\s*)?(?:${UNIT}|${CONTAINERS})(?![\\p{L}])`,
  'giu',
);
const MODEL = /(?<![\p{L}\p{N}])\p{Lu}{1,5}-?\d{2,}[\p{Lu}\d-]*(?![\p{L}\p{N}])/gu;
const LEADING_ASK = /^(?:(?:and|also|so|please|pls|kindly|por favor|пожалуйста),?\s+)+/iu;

export function extractBuyerRequests(message: MailMessage): BuyerRequest[] {
  const requests = blocksOf(buyerWords(message)).flatMap(requestsOf);
  const seen = new Set<string>();

  return requests.filter((request) => {
    const key = request.label.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// The buyer's own words: neither the quoted history (our earlier quote) nor their signature.
function buyerWords(message: MailMessage): string {
  const { text } = splitQuoted(message.bodyText);
  return message.signatureText ? text : findSignature(text).body;
}

function requestsOf(block: Block): BuyerRequest[] {
  if (block.items.length > 0 && asksForList(block.text)) {
    const leadTopics = topicsIn(block.text);
    return block.items.map((item) => request(item, requestKind(item) ?? 'question', leadTopics));
  }

  const own = requestKind(block.text);
  const head = own ? [request(block.text, own, [])] : [];
  return [...head, ...block.items.flatMap((item) => requestsOf({ text: item, items: [] }))];
}

function request(text: string, kind: RequestKind, extraTopics: Topic[]): BuyerRequest {
  const topics = [...new Set([...topicsIn(text), ...extraTopics])];

  return {
    kind,
    label: clip(text.replace(LEADING_ASK, '').replace(/^[¿¡]/, ''), LABEL_MAX),
    text,
    topics,
    keywords: keywordsIn(text, topics),
    figures: figuresIn(text),
  };
}

export function figuresIn(text: string): string[] {
  const quantities = [...text.matchAll(QUANTITY)].map((match) => match[0].trim());
  const models = [...text.matchAll(MODEL)].map((match) => match[0]);

  return [...new Set([...quantities, ...models])];
}
