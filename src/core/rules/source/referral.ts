import { firstMatch } from '../../text/find.ts';
import { hit, type Rule } from '../rule.ts';

// Case-sensitive for the capital that starts a company name, so the phrases that may open a
// sentence spell out both cases.
const REFERRAL =
  /\b(?:[Rr]ecommended (?:you )?by|[Rr]eferred (?:to you )?by|[A-Z][\w&.]*(?: [&\w.]+){0,3} (?:tell|told) us (?:that )?you|[Ww]e read in (?:a|the) [\w ]{0,30}(?:magazine|journal|directory))\b/;

export const referral: Rule = {
  id: 'referral',
  factor: 'source',
  title: 'Referred by a named company or publication',
  evaluate: (a) => hit(2, firstMatch(a.body, REFERRAL)),
};
