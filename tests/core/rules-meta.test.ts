import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { RULES } from '../../src/core/rules/index.ts';
import { RULE_CASES } from './rule-cases.ts';

// The repo's promise: every rule is explained (a title the user reads), documented (a row or a
// heading in docs/rules.md) and tested both ways (mail it fires on, mail it must not).

const docs = readFileSync(new URL('../../docs/rules.md', import.meta.url), 'utf8');
const documented = new Set(
  docs
    .split('\n')
    .map((line) => /^(?:\|\s*|#+\s+)`?([a-z0-9-]+)`?\s*(?:\||$)/.exec(line)?.[1])
    .filter((id) => id !== undefined),
);

// signature-block always judges (a mail with no signature earns -2), so it can never be silent;
// its two sides are a case that rewards and a case that penalises.
const ALWAYS_JUDGES = new Set(['signature-block']);

const casesOf = (id: string) => RULE_CASES.filter((entry) => entry.rule === id);

describe('the rule registry', () => {
  test('has unique ids', () => {
    const ids = RULES.map((rule) => rule.id);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  });

  test('uses kebab-case ids', () => {
    expect(
      RULES.map((rule) => rule.id).filter((id) => !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)),
    ).toEqual([]);
  });

  test('has no test case for a rule it does not list', () => {
    const ids = new Set(RULES.map((rule) => rule.id));
    expect(RULE_CASES.filter((entry) => !ids.has(entry.rule)).map((entry) => entry.rule)).toEqual(
      [],
    );
  });
});

describe.each(RULES.map((rule) => [rule.id, rule] as const))('rule %s', (id, rule) => {
  test('has a title the user can read', () => {
    expect(rule.title.trim().length).toBeGreaterThan(3);
  });

  test('is documented in docs/rules.md', () => {
    expect(documented).toContain(id);
  });

  test('has a case it fires on', () => {
    expect(casesOf(id).some((entry) => entry.points !== null)).toBe(true);
  });

  test(ALWAYS_JUDGES.has(id) ? 'has a case it penalises' : 'has a case it stays silent on', () => {
    const negative = ALWAYS_JUDGES.has(id)
      ? casesOf(id).some((entry) => entry.points !== null && entry.points < 0)
      : casesOf(id).some((entry) => entry.points === null);
    expect(negative).toBe(true);
  });
});
