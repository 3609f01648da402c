import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { caseMessage, corpusCaseSchema } from '../../src/cli/corpus-case.ts';
import { gradeMail } from '../../src/core/grade.ts';
import { findSignature } from '../../src/core/text/signature.ts';

// A page reader hands the signature apart; a raw mail leaves it in the body. The grade must
// not depend on which: the same mail, signature separate or joined, grades the same.

const cases = readFileSync(
  new URL('../../../shared/corpus/inquiries.dev.jsonl', import.meta.url),
  'utf8',
)
  .trim()
  .split('\n')
  .map((line) => corpusCaseSchema.parse(JSON.parse(line)))
  .map((entry) => ({ entry, split: findSignature(entry.message.bodyText) }))
  .filter(({ split }) => split.signature !== null);

const word = fc.constantFrom(
  'Anna',
  'Tomas',
  'Li',
  'Omar',
  'Sofia',
  'Kwame',
  'Ines',
  'Rahul',
  'Marta',
);
const surname = fc.constantFrom(
  'Berg',
  'Nakamura',
  'Oliveira',
  'Haddad',
  'Novak',
  'Mensah',
  'Fischer',
);
const signatureLine = fc.oneof(
  fc.tuple(word, surname).map(([a, b]) => `${a} ${b}`),
  fc.constantFrom('Purchasing Manager', 'Head of Sourcing', 'Buyer', 'Director'),
  fc.constantFrom(
    'Nordlys Handel AS',
    'Baltic Home Ltd.',
    'Sierra Tools S.A.',
    'Kora Imports GmbH',
  ),
  fc.constantFrom('Oslo, Norway', 'Riga, Latvia', 'Lima, Peru', 'Hamburg, Germany'),
  fc.constantFrom(
    'Tel: +47 22 55 01 42',
    '+371 6755 0123',
    'Mob. +51 1 555 0199',
    '+49 40 5550 1234',
  ),
  fc.constantFrom('www.nordlys-handel.example', 'www.baltichome.example'),
);
const signature = fc
  .array(signatureLine, { minLength: 1, maxLength: 6 })
  .map((lines) => lines.join('\n'));

describe('signature separate or joined', () => {
  it('has corpus bodies to test with', () => {
    expect(cases.length).toBeGreaterThan(20);
  });

  it('grades the same mail the same either way', () => {
    fc.assert(
      fc.property(fc.constantFrom(...cases), signature, ({ entry, split }, extra) => {
        const base = caseMessage(entry);
        const sig = `${split.signature}\n${extra}`;
        const separate = { ...base, bodyText: split.body, signatureText: sig };
        const joined = { ...base, bodyText: `${split.body}\n${sig}`, signatureText: null };

        const options = { context: entry.context };
        expect(gradeMail(joined, options)).toEqual(gradeMail(separate, options));
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});
