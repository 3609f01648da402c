import { matchWithTail } from '../../text/find.ts';
import { hit, type Rule } from '../rule.ts';

const INCOTERM = /\b(?:EXW|FCA|FAS|FOB|CFR|CNF|C&F|CIF|CPT|CIP|DAP|DPU|DDP|DDU)\b/;
// Incoterms 2020 name a place; "FOB Ningbo" prices a deal, a bare "FOB" asks a question.
const WITH_PLACE =
  /\b(?:EXW|FCA|FAS|FOB|CFR|CNF|C&F|CIF|CPT|CIP|DAP|DPU|DDP|DDU)\s+(?!or\b|and\b|prices?\b|terms?\b|to\b)[A-Z][\p{L}]+/u;

export const incoterm: Rule = {
  id: 'incoterm',
  factor: 'terms',
  title: 'Incoterm with its port or place',
  evaluate(a) {
    const placed = matchWithTail(a.text, WITH_PLACE, 0);
    if (placed) return hit(3, placed);

    return hit(1, matchWithTail(a.text, INCOTERM, 0));
  },
};
