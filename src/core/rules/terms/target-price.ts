import { firstMatch } from '../../text/find.ts';
import { hit, type Rule } from '../rule.ts';

const PRICE =
  /\b(?:target price|our price|budget)\b[^.\n]{0,30}?(?:USD|US\$|EUR|GBP|\$|€|£)\s?\d[\d,.]{0,15}|(?:USD|US\$|EUR|€)\s?\d[\d,.]{0,15}\s*(?:\/|per)\s*(?:pc|piece|unit|set|pair|kg|ton)/i;

export const targetPrice: Rule = {
  id: 'target-price',
  factor: 'terms',
  title: 'A target price with currency',
  evaluate: (a) => hit(2, firstMatch(a.text, PRICE)),
};
