import { firstMatch } from '../../text/find.ts';
import { hit, type Rule } from '../rule.ts';

// "Within 24 hours" is a deadline and "CAD" a drawing format or a currency far more often than
// cash against documents, so neither counts alone.
const PAYMENT =
  /\b(?:T\/T|TT|L\/C|LC|letter of credit|D\/P|D\/A|O\/A|cash against documents|\d{1,3}\s?% (?:deposit|advance|in advance|before shipment|against)|deposit|net\s?\d{2,3}(?: days)?(?: from invoice)?|\d{2,3} days (?:from|after) (?:invoice|B\/L|arrival)|payment (?:as usual|terms)|against B\/L)\b/i;

export const paymentTerms: Rule = {
  id: 'payment-terms',
  factor: 'terms',
  title: 'Payment terms',
  evaluate: (a) => hit(2, firstMatch(a.text, PAYMENT)),
};
