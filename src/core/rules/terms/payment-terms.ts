import { firstMatch } from '../../text/find.ts';
import { hit, type Rule } from '../rule.ts';

const PAYMENT =
  /\b(?:T\/T|TT|L\/C|LC|letter of credit|D\/P|D\/A|O\/A|CAD|\d{1,3}\s?% (?:deposit|advance|in advance|before shipment|against)|deposit|(?:net|within)\s?\d{2,3}(?: days)?(?: from invoice)?|\d{2,3} days (?:from|after) (?:invoice|B\/L|arrival)|payment (?:as usual|terms)|against B\/L)\b/i;

export const paymentTerms: Rule = {
  id: 'payment-terms',
  factor: 'terms',
  title: 'Payment terms',
  evaluate: (a) => hit(2, firstMatch(a.text, PAYMENT)),
};
