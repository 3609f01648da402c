import type { Analysis } from './analysis.ts';
import type { GateReason, MailKind } from './grade-types.ts';
import { BUYER_REQUEST, QUOTE_WORDS, REPLY_PREFIX, TRADE_TERMS } from './lexicon/trade.ts';
import { evaluateRule } from './rules/evaluate.ts';
import { RULES } from './rules/index.ts';

// Step 0 of scoring.md: decide what the mail is before scoring it.

export type GateDecision = { kind: MailKind; reason: GateReason };

const AUTOMATED = /^(?:auto-replied|auto-generated|auto-notified)/i;
const BULK = /^(?:bulk|list|junk)$/i;

export function gate(a: Analysis): GateDecision {
  if (isOwnMail(a)) return { kind: 'other', reason: 'own-mail' };
  if (isQuoteReply(a)) return { kind: 'reply', reason: 'quote-reply' };
  if (isMailingList(a)) return { kind: 'other', reason: 'mailing-list' };
  if (hasStrongFlag(a)) return { kind: 'inquiry', reason: 'solicitation' };
  if (isTradeInquiry(a)) return { kind: 'inquiry', reason: 'trade-inquiry' };

  return { kind: 'other', reason: 'no-trade-content' };
}

function isOwnMail(a: Analysis): boolean {
  return (
    !a.forwarded && a.sender.registrable !== null && a.ownDomains.includes(a.sender.registrable)
  );
}

function isQuoteReply(a: Analysis): boolean {
  const known = a.context.ourQuoteSent;
  if (known !== undefined) return known;

  const headers = a.message.headers ?? {};
  if (AUTOMATED.test(headers['auto-submitted'] ?? '')) return false;
  if (!REPLY_PREFIX.test(a.subject)) return false;

  const quoted = a.message.quotedText ?? '';
  return QUOTE_WORDS.test(quoted) || QUOTE_WORDS.test(a.subject);
}

function isMailingList(a: Analysis): boolean {
  const headers = a.message.headers ?? {};
  return (
    Boolean(headers['list-id'] || headers['list-unsubscribe']) ||
    BULK.test(headers.precedence ?? '')
  );
}

// A scam dressed as an inquiry is an inquiry, and scores E.
function hasStrongFlag(a: Analysis): boolean {
  return RULES.some((rule) => rule.flag === 'strong' && evaluateRule(rule, a) !== null);
}

function isTradeInquiry(a: Analysis): boolean {
  if (a.platform?.genuine && a.platform.buyer?.message) return true;

  const requests = BUYER_REQUEST.filter((pattern) => pattern.test(a.text)).length;
  return requests >= 2 || (requests === 1 && tradeTermCount(a) >= 1);
}

function tradeTermCount(a: Analysis): number {
  return new Set((a.text.match(TRADE_TERMS) ?? []).map((term) => term.toLowerCase())).size;
}
