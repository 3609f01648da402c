import { firstMatch } from '../../text/find.ts';
import { hit, type Rule } from '../rule.ts';

// Buyers met at a fair or answering the seller's own mail name the occasion.
const OCCASION =
  /\b(?:met (?:you )?at your (?:booth|stand)|after (?:the|our) (?:meeting|visit)|(?:thank you|thanks) for (?:the|your) (?:catalogue|catalog|samples?|visit|e-?mail) (?:you )?sent|canton fair|in reply to your (?:e-?mail|offer|letter))\b/i;

export const outreachReply: Rule = {
  id: 'outreach-reply',
  factor: 'source',
  title: 'Answers your own outreach or a meeting',
  evaluate(a) {
    if (a.context.ourOutreach) return hit(6, 'the thread began with your mail');
    return hit(4, firstMatch(a.body, OCCASION));
  },
};
