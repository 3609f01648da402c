import type { Factor, InquiryGrade } from '../core/grade-types.ts';
import { classFor, totalOf } from '../core/score.ts';
import type { FactorOverride } from '../messages/panel-to-background.ts';

// The user's word replaces the scorer's for a factor; the total and the class follow from
// the same arithmetic the scorer uses. Strong red flags stay listed, but no longer hold the
// class in E once the user has put their own figure on a factor: that is their call.
export function applyOverrides(
  grade: InquiryGrade,
  overrides: readonly FactorOverride[],
): InquiryGrade {
  if (overrides.length === 0) {
    return grade;
  }

  const factors = { ...grade.factors };
  for (const override of overrides) {
    factors[override.factor] = override.value;
  }

  const total = totalOf(factors);
  return { ...grade, factors, total, class: classFor(total) };
}

export const overrideFor = (overrides: readonly FactorOverride[], factor: Factor) =>
  overrides.find((override) => override.factor === factor) ?? null;
