import { firstMatch } from '../../text/find.ts';
import { hit, type Rule } from '../rule.ts';

const VAGUE =
  /\b(?:all (?:of )?your (?:\w+ )?(?:products|items|designs|models)|your (?:products|items)(?! (?:\w+ )?(?:model|no\.|number))|all items|your (?:whole |full |product )?range|full range|any (?:products|items)|all (?:your )?(?:latest )?designs)\b/i;

export const vagueRange: Rule = {
  id: 'vague-range',
  factor: 'product',
  title: 'Asks about everything, no product in mind',
  evaluate: (a) => hit(-3, firstMatch(a.text, VAGUE)),
};
