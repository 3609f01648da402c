import { firstMatch } from '../../text/find.ts';
import { hit, type Rule } from '../rule.ts';

const PACKING =
  /\b(?:packing|packaging|export cartons?|colou?r box|gift box|neutral pack\w*|blister|polybag|pallet\w*|shipping marks?|airless pumps?|inner box|master carton)\b/i;

export const packing: Rule = {
  id: 'packing',
  factor: 'product',
  title: 'Packing stated',
  evaluate: (a) => hit(1, firstMatch(a.text, PACKING)),
};
