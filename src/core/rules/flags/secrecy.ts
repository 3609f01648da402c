import { firstMatch } from '../../text/find.ts';
import { hit, type Rule } from '../rule.ts';

// Moving a "deal" to a private address, away from the company, is how advance-fee fraud starts.
const SECRECY =
  /\b(?:personal (?:e-?mail|address|phone)|private e-?mail|utmost (?:discretion|confidentiality)|strictly confidential|keep this (?:between us|confidential)|reply (?:only )?to my (?:private|personal))\b/i;

export const secrecy: Rule = {
  id: 'secrecy',
  factor: 'intent',
  flag: 'strong',
  title: 'Asks for secrecy or a private address',
  evaluate: (a) => hit(0, firstMatch(a.text, SECRECY)),
};
