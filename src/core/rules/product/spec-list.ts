import { hit, type Rule } from '../rule.ts';

// A buyer who lists the specification line by line has done the homework a quote needs.
const SPEC_LINE = /^\s*(?:[-*•]|\d+[.)])\s+\S.{3,}$|^\s*[A-Z][\w /]{2,24}:\s+\S.{2,}$/gm;
const MIN_LINES = 3;

export const specList: Rule = {
  id: 'spec-list',
  factor: 'product',
  title: 'A specification listed point by point',
  evaluate(a) {
    const lines = a.body.match(SPEC_LINE) ?? [];
    if (lines.length < MIN_LINES) return null;

    return hit(2, `${lines.length} specification lines`);
  },
};
