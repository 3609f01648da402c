import { firstMatch } from '../../text/find.ts';
import { hit, type Rule } from '../rule.ts';

const DATED =
  /\b(?:for (?:a|the|our) [\w ]{2,30} (?:in|on|by) (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*|(?:need|deliver)\w* [\w ]{0,30}by \d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*|within \d+ days after order|next week|by end of (?:the|this) month|this (?:month|season)|next (?:season|year)|delivery within \d+ months)\b/i;

export const datedNeed: Rule = {
  id: 'dated-need',
  factor: 'intent',
  title: 'A dated need',
  evaluate: (a) => hit(1, firstMatch(a.text, DATED)),
};
