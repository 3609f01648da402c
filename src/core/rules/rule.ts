import type { Analysis } from '../analysis.ts';
import type { Factor } from '../grade-types.ts';

export type Hit = { points: number; evidence: string };

// A rule is one idea an export sales manager would name: its id, the sentence the user sees,
// and what it finds in one message. Red-flag rules mark themselves strong or weak.
export type Rule = {
  id: string;
  factor: Factor;
  title: string;
  flag?: 'strong' | 'weak';
  evaluate: (analysis: Analysis) => Hit | null;
};

export function hit(points: number, evidence: string | null): Hit | null {
  return evidence === null ? null : { points, evidence };
}
