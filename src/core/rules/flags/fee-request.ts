import { firstMatch } from '../../text/find.ts';
import { hit, type Rule } from '../rule.ts';

// A buyer never needs the seller to pay first; advance-fee and overpayment frauds always do.
const FEE =
  /\b(?:western union|moneygram|gift ?cards?|bitcoin|crypto\w*|usdt|(?:you|supplier|seller) (?:must |will |should |to )?(?:pay|send|transfer|wire)\b[^.\n]{0,60}\b(?:fee|charge|cost)s?|(?:registration|certification|customs|lawyer|legal|inspection|document(?:ation)?|clearance|agent'?s?)\s+(?:and \w+ )?(?:fee|charge)s?\b[^.\n]{0,40}\b(?:you|supplier|seller)\b|send the agent'?s? (?:charge|fee))/i;

export const feeRequest: Rule = {
  id: 'fee-request',
  factor: 'intent',
  flag: 'strong',
  title: 'Asks you to pay a fee or use untraceable payment',
  evaluate: (a) => hit(0, firstMatch(a.text, FEE)),
};
