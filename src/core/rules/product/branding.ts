import { firstMatch } from '../../text/find.ts';
import { hit, type Rule } from '../rule.ts';

const BRANDING =
  /\b(?:(?:our|my|with|custom|own)\s+(?:\w+\s+)?logo|logo (?:printed|engraved|embossed|print)|private label|OEM|ODM|own brand|custom print(?:ing|ed)?|print(?:ing)?\s*:|silk ?screen|engrav(?:ed|ing)|emboss(?:ed|ing)|our (?:label|brand name))/i;

export const branding: Rule = {
  id: 'branding',
  factor: 'product',
  title: 'Printing, logo, OEM or private label',
  evaluate: (a) => hit(2, firstMatch(a.text, BRANDING)),
};
