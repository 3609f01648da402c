import { allMatches, joinEvidence } from '../../text/find.ts';
import { hit, type Rule } from '../rule.ts';

const QUANTITY =
  /\b\d[\d,.]{0,15}\s*(?:k\s*)?(?:-\s*\d[\d,.]{0,15}\s*)?(?:pcs|pc|pieces|units|sets|pairs|cartons|ctns|bottles|rolls|reams|boxes|bags|metric tons?|tons?|tonnes?|MT|kg|sqm|m2|containers?|x\s*(?:20|40)\s*(?:ft|'|GP|HQ)\S*|(?:20|40)\s*(?:GP|HQ|ft)\b|SKUs?)\b|\b(?:one|two|three|four|five|ten|\d+)\s*(?:x\s*)?(?:20|40)\s*(?:ft|feet|GP|HQ)\b|\bqty\.?\s*:?\s*\d[\d,.]{0,15}/gi;

export const quantity: Rule = {
  id: 'quantity',
  factor: 'terms',
  title: 'Quantities with units',
  evaluate(a) {
    const found = allMatches(a.text, QUANTITY, 4);
    if (found.length === 0) return null;

    return hit(found.length > 1 ? 5 : 4, joinEvidence(found.slice(0, 3)));
  },
};
