import { firstMatch } from '../../text/find.ts';
import { hit, type Rule } from '../rule.ts';

const PRICE_ONLY = /\b(?:only price|price only|just (?:the )?price|best price|price ?list)\b/i;
const ANY_TERM =
  /\b\d[\d,.]{0,15}\s*(?:pcs|pieces|units|sets|tons|containers)\b|\b(?:FOB|CIF|EXW|DDP|L\/C|T\/T)\b/i;

export const priceOnly: Rule = {
  id: 'price-only',
  factor: 'terms',
  title: 'Wants a price and nothing else',
  evaluate(a) {
    if (ANY_TERM.test(a.text)) return null;
    return hit(-2, firstMatch(a.text, PRICE_ONLY));
  },
};
