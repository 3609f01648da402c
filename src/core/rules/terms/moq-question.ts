import { firstMatch } from '../../text/find.ts';
import { hit, type Rule } from '../rule.ts';

const MOQ = /\b(?:MOQ|minimum order(?: quantity)?)\b/i;

export const moqQuestion: Rule = {
  id: 'moq-question',
  factor: 'terms',
  title: 'Asks about the minimum order',
  evaluate: (a) => hit(1, firstMatch(a.text, MOQ)),
};
