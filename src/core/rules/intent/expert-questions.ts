import { allMatches, joinEvidence } from '../../text/find.ts';
import { hit, type Rule } from '../rule.ts';

// Questions only someone about to use or resell the goods asks.
const EXPERT =
  /\b(?:tolerances?|CTQ|first article|inspection|warranty|spare parts|photometric|IES files?|noise level|stability|safety test|formula|dieline|price breaks|grammage|gauge|voltage|\d+V \d phase|driver|certificate of origin|shipping marks|insure)\b/gi;

export const expertQuestions: Rule = {
  id: 'expert-questions',
  factor: 'intent',
  title: 'Questions only a real buyer asks',
  evaluate(a) {
    const found = allMatches(a.body, EXPERT, 3);
    return found.length === 0 ? null : hit(1, joinEvidence(found));
  },
};
