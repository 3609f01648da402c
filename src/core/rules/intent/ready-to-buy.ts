import { firstMatch } from '../../text/find.ts';
import { hit, type Rule } from '../rule.ts';

const READY =
  /\b(?:place (?:the|an|our|this) order|pleased to (?:place|confirm)|(?:send|issue)(?: us)? (?:the |your |a )?(?:PI|proforma(?: invoice)?|sales contract)|please supply and deliver|confirm acceptance of this order|we (?:would like|want) to repeat|we plan to award|take this (?:mail|e-?mail) as our order|order (?:no\.?|number|#)\s*(?::\s*)?[A-Z]{0,4}-?\d[\w-]{0,20})\b/i;

export const readyToBuy: Rule = {
  id: 'ready-to-buy',
  factor: 'intent',
  title: 'Asks for a PI or contract, or places an order',
  evaluate: (a) => hit(2, firstMatch(a.text, READY)),
};
