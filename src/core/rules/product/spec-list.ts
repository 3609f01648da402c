import { hit, type Rule } from '../rule.ts';

// A buyer who lists the specification line by line has done the homework a quote needs.
// Blanks, not \s: a line's pattern must not run on into the lines below it.
const SPEC_LINE =
  /^[ \t]*(?:[-*•]|\d{1,3}[.)])[ \t]+\S.{3,}$|^[ \t]*[A-Z][\w /]{2,24}:[ \t]+\S.{2,}$/gm;
const MIN_LINES = 3;
// A web form's or a card's contact fields are labelled lines too, but say nothing of the product.
const CONTACT_LABEL =
  /^\s*(?:name|full name|company|company name|country|country\/region|city|address|e-?mail|phone|tel|mobile|whatsapp|wechat|skype|website|web|subject|date|from|to)\s*:/i;

export const specList: Rule = {
  id: 'spec-list',
  factor: 'product',
  title: 'A specification listed point by point',
  evaluate(a) {
    const lines = (a.body.match(SPEC_LINE) ?? []).filter((line) => !CONTACT_LABEL.test(line));
    if (lines.length < MIN_LINES) return null;

    return hit(2, `${lines.length} specification lines`);
  },
};
