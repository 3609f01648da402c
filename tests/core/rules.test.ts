import { describe, expect, test } from 'vitest';
import { RULES } from '../../src/core/rules/index.ts';
import { RULE_CASES, type RuleCase } from './rule-cases.ts';
import { analysisOf } from './support/mail.ts';

const byId = new Map(RULES.map((rule) => [rule.id, rule]));

function evaluate(entry: RuleCase) {
  const rule = byId.get(entry.rule);
  if (!rule) throw new Error(`No rule "${entry.rule}" in RULES`);

  return rule.evaluate(analysisOf(entry.mail, entry.context, entry.profile));
}

describe('every rule on real-looking mail', () => {
  test.each(RULE_CASES.filter((entry) => entry.points !== null))(
    '$rule gives $points for $says',
    (entry) => {
      const found = evaluate(entry);

      expect(found?.points).toBe(entry.points);
      expect(found?.evidence).toMatch(entry.evidence ?? '');
    },
  );

  test.each(RULE_CASES.filter((entry) => entry.points === null))(
    '$rule stays silent on $says',
    (entry) => {
      expect(evaluate(entry)).toBeNull();
    },
  );
});
