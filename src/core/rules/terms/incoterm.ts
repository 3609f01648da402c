import { clip, matchWithTail } from '../../text/find.ts';
import { hit, type Rule } from '../rule.ts';

const TERMS = 'EXW|FCA|FAS|FOB|CFR|CNF|C&F|CIF|CPT|CIP|DAP|DPU|DDP|DDU';
const INCOTERM = new RegExp(`\\b(?:${TERMS})\\b`);
// Incoterms 2020 name a place; "FOB Ningbo" prices a deal, a bare "FOB" asks a question.
const WITH_PLACE = new RegExp(
  `\\b(?:${TERMS})[ \\t]+\\p{Lu}\\p{L}+(?:[ \\t]\\p{Lu}\\p{L}+)?`,
  'gu',
);
// Capitalised words that follow a term without naming a place: "FOB Price", "EXW And FOB".
const NOT_A_PLACE =
  /^(?:or|and|to|at|on|for|prices?|terms?|basis|only|please|incoterms?|shipping|costs?)$/i;

function placedTerm(text: string): string | null {
  for (const match of text.matchAll(WITH_PLACE)) {
    const [term = '', first = '', second] = match[0].split(/[ \t]+/);
    if (NOT_A_PLACE.test(first)) continue;

    const place = second && !NOT_A_PLACE.test(second) ? `${first} ${second}` : first;
    return clip(`${term} ${place}`);
  }

  return null;
}

export const incoterm: Rule = {
  id: 'incoterm',
  factor: 'terms',
  title: 'Incoterm with its port or place',
  evaluate(a) {
    const placed = placedTerm(a.text);
    if (placed) return hit(3, placed);

    return hit(1, matchWithTail(a.text, INCOTERM, 0));
  },
};
