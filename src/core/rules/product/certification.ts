import { allMatches, joinEvidence } from '../../text/find.ts';
import { hit, type Rule } from '../rule.ts';

const CERTIFICATE =
  /\b(?:CE|FDA|RoHS|REACH|LFGB|FCC|UL|ETL|GS|SGS|ISO ?\d{3,5}|BSCI|FSC|GOTS|OEKO-TEX|CCC|SASO|EN ?\d{3,5}|material cert\w*|COA|MSDS|FAI|CMM)\b/g;

export const certification: Rule = {
  id: 'certification',
  factor: 'product',
  title: 'Certifications or test documents',
  evaluate(a) {
    const found = allMatches(a.text, CERTIFICATE, 4);
    return found.length === 0 ? null : hit(2, joinEvidence(found));
  },
};
