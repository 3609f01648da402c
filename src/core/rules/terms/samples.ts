import { firstMatch } from '../../text/find.ts';
import { hit, type Rule } from '../rule.ts';

const SAMPLE =
  /\b(?:\d+\s*(?:pcs?\s*)?samples?|samples?\s+(?:first|charge|cost|price|order)|(?:send|make|need|want|check)\s+(?:us\s+)?(?:a\s+|some\s+|the\s+)?(?:printed\s+)?samples?)\b/i;

export const samples: Rule = {
  id: 'samples',
  factor: 'terms',
  title: 'Asks for samples',
  evaluate: (a) => hit(1, firstMatch(a.text, SAMPLE)),
};
