import { firstMatch } from '../../text/find.ts';
import { hit, type Rule } from '../rule.ts';

// Asking for a quotation or a sample of a stated thing is a step towards an order.
const ASKS =
  /\b(?:please (?:quote|send (?:us )?(?:your )?(?:price breaks|quotation|prices? (?:for|of))|give (?:us )?your prices?)|what (?:would|will) be the price|(?:kindly )?email a formal quotation|we can pay the sample|(?:send|make) (?:us )?(?:a )?(?:printed )?samples? first|\d+\s*pcs samples)\b/i;

export const asksForQuote: Rule = {
  id: 'asks-for-quote',
  factor: 'intent',
  title: 'Asks for a quotation or samples of a stated product',
  evaluate: (a) => hit(1, firstMatch(a.text, ASKS)),
};
