import type { Analysis } from './analysis.ts';
import type { Evidence, FactorScores, InquiryClass, RedFlag } from './grade-types.ts';
import { evaluateRule } from './rules/evaluate.ts';
import { RULES } from './rules/index.ts';

// Each factor starts at its neutral value, so that a mail with no evidence either way lands on
// the D line (50 x 6 = 300), and evidence moves it. The panel shows each start beside its bar.
const START: FactorScores = {
  source: 10,
  product: 10,
  terms: 10,
  identity: 10,
  fit: 10,
  intent: 6,
};
const BANDS: [InquiryClass, number][] = [
  ['A', 680],
  ['B', 560],
  ['C', 360],
  ['D', 300],
];
const E_CEILING = 299;

export type Score = {
  factors: FactorScores;
  total: number;
  class: InquiryClass;
  evidence: Evidence[];
  redFlags: RedFlag[];
};

export function classFor(total: number): InquiryClass {
  return BANDS.find(([, floor]) => total >= floor)?.[0] ?? 'E';
}

export function totalOf(factors: FactorScores): number {
  const sum = factors.source + factors.product + factors.terms + factors.identity + factors.fit;
  return sum * factors.intent;
}

export function score(a: Analysis): Score {
  const evidence: Evidence[] = [];
  const redFlags: RedFlag[] = [];

  for (const rule of RULES) {
    const found = evaluateRule(rule, a);
    if (!found) continue;

    evidence.push({
      ruleId: rule.id,
      factor: rule.factor,
      points: found.points,
      evidence: found.evidence,
    });
    if (rule.flag) redFlags.push({ id: rule.id, strength: rule.flag, evidence: found.evidence });
  }

  const factors = sumFactors(evidence);
  capForStrongFlags(factors, redFlags);
  const total = totalOf(factors);
  return { factors, total, class: classFor(total), evidence, redFlags };
}

function sumFactors(evidence: Evidence[]): FactorScores {
  const factors = { ...START };

  for (const item of evidence) factors[item.factor] += item.points;
  for (const key of ['source', 'product', 'terms', 'identity', 'fit'] as const) {
    factors[key] = clamp(factors[key], 0, 20);
  }

  factors.intent = clamp(factors.intent, 1, 10);
  return factors;
}

// Any strong flag caps f6 so the total falls in E, whatever the other factors say.
function capForStrongFlags(factors: FactorScores, redFlags: RedFlag[]): void {
  if (!redFlags.some((flag) => flag.strength === 'strong')) return;

  const sum = totalOf({ ...factors, intent: 1 });
  const cap = sum === 0 ? 1 : Math.max(1, Math.floor(E_CEILING / sum));
  factors.intent = Math.min(factors.intent, cap);
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

export const FACTOR_START = START;
