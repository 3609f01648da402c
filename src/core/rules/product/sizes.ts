import { allMatches, joinEvidence } from '../../text/find.ts';
import { hit, type Rule } from '../rule.ts';

const SIZE =
  /\b\d+(?:[.,]\d+)?\s*(?:x|×|\*)\s*\d+(?:[.,]\d+)?(?:\s*(?:x|×|\*)\s*\d+(?:[.,]\d+)?)?\s*(?:mm|cm|m|inch(?:es)?|in|")?|\b\d+(?:[.,]\d+)?\s*(?:mm|cm|inch(?:es)?|"|ml|l|kg|g|gsm|w|kw|v|mah|tb|gb|m2|sqm)\b|\b\d+(?:[.,]\d+)?\s*m\b(?!\s*(?:pcs|units))/gi;

export const sizes: Rule = {
  id: 'sizes',
  factor: 'product',
  title: 'Sizes, capacities or weights with units',
  evaluate(a) {
    const found = allMatches(a.text, SIZE, 4);
    if (found.length === 0) return null;

    return hit(found.length > 1 ? 4 : 3, joinEvidence(found.slice(0, 3)));
  },
};
