import { firstMatch } from '../../text/find.ts';
import { hit, type Rule } from '../rule.ts';

const MONTHS =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const DELIVERY = new RegExp(
  `\\b(?:within \\d+ (?:business |working )?(?:days|weeks|months)|(?:by|before|not later than|until|in) (?:the )?(?:\\d{1,2}(?:st|nd|rd|th)? )?(?:${MONTHS})\\b(?: \\d{1,2})?|(?:delivery|shipment|lead) (?:time|date)|earliest (?:shipment|delivery)|need (?:the goods|them|it) (?:by|within|in)|ETD|ETA)`,
  'i',
);

export const deliveryDate: Rule = {
  id: 'delivery-date',
  factor: 'terms',
  title: 'Delivery date or lead time',
  evaluate: (a) => hit(2, firstMatch(a.text, DELIVERY)),
};
