import { firstMatch } from '../../text/find.ts';
import { hit, type Rule } from '../rule.ts';

// A greeting that names a person or the company shows the mail was written for this seller.
const NAMED_GREETING =
  /^(?:dear|hi|hello|good (?:morning|day|afternoon))\s+(?!(?:sir|sirs|madam|supplier|seller|manager|friend|all|sales|team|there|purchasing)\b)(?:(?:mr|mrs|ms|miss|dr)\.?\s+)?[A-Z][\p{L}-]+(?:\s+(?:team|[A-Z][\p{L}-]+))?\s*[,:!]?$/mu;

export const writtenToUs: Rule = {
  id: 'written-to-us',
  factor: 'source',
  title: 'Written to you alone, naming you',
  evaluate(a) {
    if (a.recipientCount > 2) return null;
    const greeting = firstMatch(a.body, NAMED_GREETING);
    if (greeting) return hit(6, greeting);

    return hit(3, `sent to ${a.message.to[0]?.email ?? 'you'} only`);
  },
};
