import { firstMatch } from '../../text/find.ts';
import { hit, type Rule } from '../rule.ts';

// Free mail is normal for small buyers; free mail that claims a big company is not.
const BIG_CLAIM =
  /\b(?:we are (?:a )?(?:big|large|leading|famous)\s+(?:company|importer|buyer|group)|multinational|government (?:contract|tender))\b/i;

export const freeMailBigClaim: Rule = {
  id: 'free-mail-big-claim',
  factor: 'identity',
  title: 'Free mail claiming a big company',
  evaluate(a) {
    if (!a.sender.freeMail) return null;
    return hit(-3, firstMatch(a.text, BIG_CLAIM));
  },
};
