import { allMatches, joinEvidence } from '../../text/find.ts';
import { hit, type Rule } from '../rule.ts';

// Part codes mix letters and digits (MB-612, BW-P6040, 6205-2RS, TR-2207); a labelled
// "model", "item" or "P/N" counts even when the code is plain digits.
// The look-aheads are bounded by the longest code (6 + 3 x 7 characters), so a long run of
// "A-A-A-..." is read in linear time.
const CODE =
  /\b(?=[A-Z0-9-]{0,27}\d)(?=[A-Z0-9-]{0,27}[A-Z])[A-Z0-9]{1,6}(?:-[A-Z0-9]{1,6}){0,3}\b/g;
// The label is a whole word and the code holds a digit: "refund", "article about" and "model do
// you recommend" name no part.
const LABELLED =
  /\b(?:model|item|art(?:icle)?|p\/n|part (?:no|number)|sku|ref)\b\.?\s*(?:no\b\.?\s*)?(?:[#:]\s*)?(?=[\w-]{0,15}\d)[A-Z0-9][\w-]{1,15}/gi;
// Codes that are units, terms or certifications rather than products.
const NOT_A_MODEL =
  /^(?:\d+(?:PCS|MM|CM|KG|MT|GSM|W|V|HZ|K|L|ML|G|D|TB|GB|MAH|HQ|GP|FT|PC|X\d+)|CE|FOB|CIF|PO\d*|PI|Q\d)$/i;

export const modelNumber: Rule = {
  id: 'model-number',
  factor: 'product',
  title: 'Model, item or part numbers',
  evaluate(a) {
    // "Model: BV-50" is one code, not two: a bare code already read with its label is dropped.
    const labelled = allMatches(a.text, LABELLED);
    const bare = allMatches(a.text, CODE).filter((code) => !labelled.some((l) => l.endsWith(code)));
    const codes = [...labelled, ...bare].filter(
      (code) => !NOT_A_MODEL.test(code.replace(/\s+/g, '')),
    );
    if (codes.length === 0) return null;

    return hit(codes.length > 1 ? 4 : 3, joinEvidence(codes.slice(0, 3)));
  },
};
