import { firstMatch } from '../../text/find.ts';
import { hit, type Rule } from '../rule.ts';

const OUR_DOCUMENT =
  /\b(?:your (?:quotation|offer|quote|proforma)\s*(?:(?:no\.?|#)\s*)?(?=[\w-]{0,20}\d)[A-Z0-9][\w-]{2,20}|(?:our|the) (?:PO|purchase order)\s*(?:(?:no\.?|#)\s*)?[A-Z]{1,4}-?\d[\w-]{0,20}|same (?:terms|model|configuration) as (?:last time|before|[A-Z]{1,4}-?\d+))/i;

export const referencesOurQuote: Rule = {
  id: 'references-our-quote',
  factor: 'intent',
  title: 'Refers to your quotation or an earlier order by number',
  evaluate: (a) => hit(1, firstMatch(a.text, OUR_DOCUMENT)),
};
