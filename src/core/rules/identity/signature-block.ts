import { COMPANY_SUFFIX, JOB_TITLE } from '../../lexicon/company.ts';
import { hit, type Rule } from '../rule.ts';
import { signatureText } from './signature-text.ts';

const FULL_NAME =
  /^(?:(?:mr|mrs|ms|dr)\.?\s+)?[\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}.'’-]*){1,3}$/mu;
// "Hamburg, Germany" on one line: a place never runs on into the next line ("Germany\nTel").
const PLACE = /\b[A-Z][a-z]+(?: [A-Z][a-z]+)?,[ \t]*(?:[A-Z]{2}|[A-Z][a-z]+(?: [A-Z][a-z]+)?)\b/;

type Part = { label: string; points: number; test: (sig: string) => string | null };

const PARTS: Part[] = [
  {
    label: 'name',
    points: 1,
    test: (sig) => sig.split('\n').find((l) => FULL_NAME.test(l.trim())) ?? null,
  },
  { label: 'title', points: 1, test: (sig) => JOB_TITLE.exec(sig)?.[0] ?? null },
  {
    label: 'company',
    points: 2,
    test: (sig) => sig.split('\n').find((l) => COMPANY_SUFFIX.test(l)) ?? null,
  },
  { label: 'place', points: 1, test: (sig) => PLACE.exec(sig)?.[0] ?? null },
];

export const signatureBlock: Rule = {
  id: 'signature-block',
  factor: 'identity',
  title: 'A signature with name, title, company and place',
  evaluate(a) {
    const sig = signatureText(a);
    if (!sig) return hit(-2, 'no signature');

    const found = PARTS.map((part) => ({ part, value: part.test(sig) })).filter((p) => p.value);
    if (found.length === 0) return hit(-1, 'first name only');

    const points = found.reduce((sum, f) => sum + f.part.points, 0);
    return hit(points, found.map((f) => `${f.part.label}: ${f.value?.trim()}`).join('; '));
  },
};
