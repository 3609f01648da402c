import type { Analysis } from '../analysis.ts';
import type { Hit, Rule } from './rule.ts';

// The gate asks the strong red flags first and the scorer asks every rule again: each rule
// reads one mail once, its answer kept for as long as the mail's analysis lives.
const answers = new WeakMap<Analysis, Map<string, Hit | null>>();

export function evaluateRule(rule: Rule, a: Analysis): Hit | null {
  let known = answers.get(a);
  if (!known) {
    known = new Map();
    answers.set(a, known);
  }

  if (known.has(rule.id)) return known.get(rule.id) ?? null;
  const found = rule.evaluate(a);
  known.set(rule.id, found);
  return found;
}

// Facts several rules derive from the same mail (its hosts, the domains it may imitate),
// worked out once per analysis.
export function memoised<T>(derive: (a: Analysis) => T): (a: Analysis) => T {
  const cache = new WeakMap<Analysis, T>();

  return (a) => {
    if (cache.has(a)) return cache.get(a) as T;
    const value = derive(a);
    cache.set(a, value);
    return value;
  };
}
