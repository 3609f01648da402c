import { describe, expect, test } from 'vitest';
import { FACTORS, type FactorScores } from '../../src/core/grade-types.ts';
import { RULES } from '../../src/core/rules/index.ts';
import { classFor, FACTOR_START, score, totalOf } from '../../src/core/score.ts';
import { RULE_CASES } from './rule-cases.ts';
import { analysisOf, type MailPartial } from './support/mail.ts';

// A direct inquiry with everything a class A mail carries: named salesperson, product, codes,
// sizes, terms, a full signature on the company domain.
const aGradeInquiry: MailPartial = {
  subject: 'RFQ: brass ball valves DN25 / DN50',
  body: `Dear Ms. Li,

We met at your booth at the Canton Fair in April. Please quote:
- 2,000 pcs ball valve BV-25, DN25, PN25, brass CW617N, nickel plated
- 1,000 pcs ball valve BV-50, DN50, PN16, red lever handle
- Packing: 10 pcs per inner box, export cartons on pallets
- CE and material certificates 3.1 required

Target price USD 4.20/pc for BV-25. FOB Ningbo, payment 30% T/T deposit, balance against B/L.
We need the goods by 15 March for a housing project in April. Please send 2 pcs samples first;
we will pay the sample cost. Drawing attached.

Best regards
Daniel Weber
Purchasing Manager
Kessler Haustechnik GmbH
Hamburg, Germany
Tel: +49 40 3070 1234
www.kessler-haustechnik.de`,
  attachments: ['BV-25_drawing.pdf'],
};

const flagged = new Set(RULES.filter((rule) => rule.flag).map((rule) => rule.id));

describe('classFor', () => {
  test.each([
    [1000, 'A'],
    [680, 'A'],
    [679, 'B'],
    [560, 'B'],
    [559, 'C'],
    [360, 'C'],
    [359, 'D'],
    [300, 'D'],
    [299, 'E'],
    [0, 'E'],
  ] as const)('%i is class %s', (total, grade) => {
    expect(classFor(total)).toBe(grade);
  });
});

describe('totalOf', () => {
  test('multiplies the sum of f1-f5 by f6', () => {
    const factors: FactorScores = {
      source: 16,
      product: 18,
      terms: 17,
      identity: 15,
      fit: 10,
      intent: 8,
    };

    expect(totalOf(factors)).toBe((16 + 18 + 17 + 15 + 10) * 8);
  });

  test('puts a mail with no evidence on the D line', () => {
    expect(totalOf(FACTOR_START)).toBe(300);
    expect(classFor(totalOf(FACTOR_START))).toBe('D');
  });
});

describe.each(RULE_CASES.map((entry) => [`${entry.rule}: ${entry.says}`, entry] as const))(
  'the score of "%s"',
  (_, entry) => {
    const result = score(analysisOf(entry.mail, entry.context, entry.profile));

    test('keeps every factor in its range', () => {
      for (const factor of FACTORS) {
        const [min, max] = factor === 'intent' ? [1, 10] : [0, 20];
        expect(result.factors[factor]).toBeGreaterThanOrEqual(min);
        expect(result.factors[factor]).toBeLessThanOrEqual(max);
      }
    });

    test('is (f1 + ... + f5) x f6, and its class follows the bands', () => {
      const { source, product, terms, identity, fit, intent } = result.factors;

      expect(result.total).toBe((source + product + terms + identity + fit) * intent);
      expect(result.class).toBe(classFor(result.total));
    });

    test('shows evidence for every factor that moved from its start', () => {
      const moved = FACTORS.filter((factor) => result.factors[factor] !== FACTOR_START[factor]);
      const withEvidence = new Set(result.evidence.map((item) => item.factor));

      expect(moved.filter((factor) => !withEvidence.has(factor))).toEqual([]);
    });

    test('lists red flags before other evidence', () => {
      const isFlag = result.evidence.map((item) => flagged.has(item.ruleId));
      const lastFlag = isFlag.lastIndexOf(true);
      const firstOther = isFlag.indexOf(false);

      expect(firstOther === -1 || lastFlag < firstOther).toBe(true);
    });
  },
);

describe('a strong red flag', () => {
  test('leaves the clean inquiry an A', () => {
    const result = score(analysisOf(aGradeInquiry));

    expect(result.class).toBe('A');
    expect(result.redFlags).toEqual([]);
  });

  test.each([
    ['a web page posing as a PDF', { attachments: ['PO_4471.pdf.htm'] }],
    ['a fee to pay', { body: `${aGradeInquiry.body}\nYou must pay the registration fee first.` }],
    ['a reply-to on Gmail', { replyTo: 'd.weber.kessler@gmail.com' }],
  ])('forces E on the same mail with %s', (_, change) => {
    const result = score(analysisOf({ ...aGradeInquiry, ...change }));

    expect(result.class).toBe('E');
    expect(result.total).toBeLessThan(300);
    expect(result.factors.intent).toBeGreaterThanOrEqual(1);
    expect(result.redFlags.some((flag) => flag.strength === 'strong')).toBe(true);
    expect(flagged.has(result.evidence[0]?.ruleId ?? '')).toBe(true);
  });

  test('caps f6 no lower than it must', () => {
    const result = score(analysisOf({ ...aGradeInquiry, attachments: ['Invoice.html'] }));
    const sum = totalOf({ ...result.factors, intent: 1 });

    expect(result.factors.intent).toBe(Math.floor(299 / sum));
  });
});

describe('clamps', () => {
  test('hold f1-f5 at 20 however much evidence piles up', () => {
    const result = score(analysisOf(aGradeInquiry));

    expect(result.factors.product).toBe(20);
    expect(result.factors.terms).toBe(20);
    expect(result.factors.identity).toBe(20);
  });

  test('hold f6 at 1 however many weak flags there are', () => {
    const result = score(
      analysisOf({
        from: 'bigbuyer.import@yahoo.com',
        to: [
          'a@a.example',
          'b@b.example',
          'c@c.example',
          'd@d.example',
          'e@e.example',
          'f@f.example',
        ],
        body: `My dear friend,

We got your contact from the internet. Please send your catalogue and price list urgently.
We need 10 x 40ft containers every month, all items from your catalogue.
Send free samples first, we never pay for samples. Our terms are net 90, credit application
attached. God bless.`,
      }),
    );

    expect(result.factors.intent).toBe(1);
    expect(result.redFlags.length).toBeGreaterThanOrEqual(6);
  });
});
