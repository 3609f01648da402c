import { firstMatch } from '../../text/find.ts';
import { hit, type Rule } from '../rule.ts';

// Dressed as an inquiry, it sells to you: contact lists, domain "conflicts", SEO, loans.
// scoring.md lists off-trade text as weak; the dev corpus shows these are never buyers, so a
// pitch counts as strong (the total falls in E).
const PITCH =
  /\b(?:attendees?(?: contact)? list|contact list|(?:buyers?|email|visitors?) (?:list|database)|send counts|\d[\d,]{0,15} records|domain (?:name )?(?:and (?:keyword|trademark) )?registration|(?:keyword|domain) registration|register(?:ed)? (?:as|your) (?:an )?(?:online )?(?:brand|keyword)|seo services?|search engine (?:ranking|optimi[sz]ation)|first page of google|web ?site (?:design|redesign)|business loans?|loan offer)\b/i;

export const salesPitch: Rule = {
  id: 'sales-pitch',
  factor: 'intent',
  flag: 'strong',
  title: 'Sells to you instead of buying',
  evaluate: (a) => hit(0, firstMatch(a.text, PITCH)),
};
