import { firstMatch } from '../../text/find.ts';
import { hit, type Rule } from '../rule.ts';

// Sample collectors want everything free; a buyer who offers to pay is testing for an order.
const PAYS =
  /\b(?:(?:we|i) (?:can|will|are happy to|am happy to) pay (?:for )?(?:the )?samples?(?: charges?| costs?)?|(?<!(?:not|cannot|can't|won't|don't)\s)pay the sample (?:charge|cost)|happy to pay for (?:them|the samples)|give (?:you )?our (?:fedex|dhl|ups) account)\b/i;

export const paysForSamples: Rule = {
  id: 'pays-for-samples',
  factor: 'intent',
  title: 'Offers to pay for samples or courier',
  evaluate: (a) => hit(1, firstMatch(a.text, PAYS)),
};
