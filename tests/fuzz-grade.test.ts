import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gradeMail } from '../src/core/grade.ts';
import type { Grade } from '../src/core/grade-types.ts';
import type { MailMessage } from '../src/core/message.ts';
import { classFor } from '../src/core/score.ts';
import {
  longRun,
  mailContext,
  mailMessage,
  mailText,
  plainMail,
  RULE_TOKENS,
} from './core/support/adversarial.ts';

// The grader meets whatever arrives in an inbox: it never throws and never hangs. The timeouts
// are generous guards against a hang (a backtracking pattern takes minutes, not seconds); speed
// itself is measured in docs/benchmarks.md, not here.

const HANG_GUARD = 120_000;
const FIVE_MB = 5 * 1024 * 1024;

function expectSound(grade: Grade): void {
  expect(['inquiry', 'reply', 'other']).toContain(grade.kind);
  if (grade.kind !== 'inquiry') return;

  expect(grade.total).toBeGreaterThanOrEqual(0);
  expect(grade.total).toBeLessThanOrEqual(1000);
  expect(grade.class).toBe(classFor(grade.total));
  for (const key of ['source', 'product', 'terms', 'identity', 'fit'] as const) {
    expect(grade.factors[key]).toBeGreaterThanOrEqual(0);
    expect(grade.factors[key]).toBeLessThanOrEqual(20);
  }
  expect(grade.factors.intent).toBeGreaterThanOrEqual(1);
  expect(grade.factors.intent).toBeLessThanOrEqual(10);
}

// Puts one long run into one field of an ordinary mail, so every field's patterns meet it.
const FIELDS: ((mail: MailMessage, run: string) => MailMessage)[] = [
  (mail, run) => ({ ...mail, bodyText: run }),
  (mail, run) => ({ ...mail, bodyText: `Dear Ms. Li,\n\n${run}\n\nBest regards\nDaniel` }),
  (mail, run) => ({ ...mail, subject: run }),
  (mail, run) => ({ ...mail, signatureText: run }),
  (mail, run) => ({ ...mail, quotedText: run }),
  (mail, run) => ({ ...mail, from: { name: run, email: `x@${run.slice(0, 200)}.com` } }),
  (mail, run) => ({ ...mail, replyTo: [{ name: null, email: `a@${run}` }] }),
  (mail, run) => ({ ...mail, attachments: [{ name: run }] }),
  (mail, run) => ({ ...mail, links: [{ href: `https://a.example/${run}`, text: run }] }),
  (mail, run) => ({ ...mail, links: [{ href: `https://${run}`, text: null }] }),
];

describe('gradeMail on random and hostile mail', () => {
  it('grades any mail made of random text and rule words', { timeout: HANG_GUARD }, () => {
    fc.assert(
      fc.property(mailMessage, mailContext, fc.boolean(), (message, context, force) => {
        expectSound(gradeMail(message, { context, force }));
      }),
      { numRuns: 300 },
    );
  });

  it('grades a long run of one rule word in any field', { timeout: HANG_GUARD }, () => {
    fc.assert(
      fc.property(longRun, fc.constantFrom(...FIELDS), fc.boolean(), (run, field, force) => {
        expectSound(gradeMail(field(plainMail('Please quote.'), run), { force }));
      }),
      { numRuns: 60 },
    );
  });

  it('grades quotes nested thousands deep', { timeout: HANG_GUARD }, () => {
    const lines = Array.from({ length: 1500 }, (_, depth) => `${'> '.repeat(depth)}On it wrote:`);
    const nested = `Please quote 500 pcs.\n${lines.join('\n')}`;

    expectSound(gradeMail(plainMail(nested), { force: true }));
    expectSound(gradeMail(plainMail('x', { quotedText: nested, subject: 'Re: quotation' })));
  });

  it('grades random Unicode, surrogates and control characters', { timeout: HANG_GUARD }, () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 3000 }), mailText, (noise, words) => {
        expectSound(gradeMail(plainMail(`${words}${noise}${words}`), { force: true }));
      }),
      { numRuns: 100 },
    );
  });

  it.each([
    ['one letter', 'a'],
    ['blanks', ' '],
    ['line breaks', '\n'],
    ['quote marks', '> '],
    ['digit groups', '0,'],
    ['part-code pieces', 'A-'],
    ['links', 'https://a.example/x?email=a%40b '],
    ['anchors of rule words', RULE_TOKENS.join(' ')],
  ])('grades a 5 MB body of %s', { timeout: HANG_GUARD }, (_, unit) => {
    const body = unit.repeat(Math.ceil(FIVE_MB / unit.length));

    expectSound(gradeMail(plainMail(body), { force: true }));
  });
});
