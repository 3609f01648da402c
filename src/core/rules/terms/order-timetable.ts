import { firstMatch } from '../../text/find.ts';
import { hit, type Rule } from '../rule.ts';

const TIMETABLE =
  /\b(?:place (?:the|an|our) order (?:next|this|within)\s+\w+|award (?:by|at) (?:the )?end of|first order|trial order|repeat order|repeat:|per (?:year|month)|\/yr|annually|annual (?:volume|quantity|demand|requirement|consumption|purchases?|orders?|usage)|every month|releases of|for (?:next|the coming) season|for launch|launch quantity)\b/i;

export const orderTimetable: Rule = {
  id: 'order-timetable',
  factor: 'terms',
  title: 'An order timetable or volume over time',
  evaluate: (a) => hit(2, firstMatch(a.text, TIMETABLE)),
};
