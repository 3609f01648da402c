import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { caseMessage, corpusCaseSchema } from '../../src/cli/corpus-case.ts';
import { gradeMail } from '../../src/core/grade.ts';

// Floors set from what the scorer reaches on the dev corpus (see docs/benchmarks.md), a few
// points under the measured figures so that a regression shows and noise does not.

const corpus = new URL('../../../shared/corpus/', import.meta.url);
const cases = (file: string) =>
  readFileSync(new URL(file, corpus), 'utf8')
    .trim()
    .split('\n')
    .map((line) => corpusCaseSchema.parse(JSON.parse(line)));

const graded = (file: string) =>
  cases(file).map((entry) => ({
    entry,
    grade: gradeMail(caseMessage(entry), { context: entry.context }),
  }));

describe('dev corpus: inquiries', () => {
  const results = graded('inquiries.dev.jsonl');
  const classOf = (r: (typeof results)[number]) =>
    r.grade.kind === 'inquiry' ? r.grade.class : 'other';

  it('grades most cases within the classes an expert accepts', () => {
    const within = results.filter((r) =>
      r.entry.expected?.acceptable?.includes(classOf(r) as never),
    );
    expect(within.length / results.length).toBeGreaterThanOrEqual(0.9);
  });

  it('gives the exact class for most cases', () => {
    const exact = results.filter((r) => classOf(r) === r.entry.expected?.class);
    expect(exact.length / results.length).toBeGreaterThanOrEqual(0.7);
  });

  it('never grades a real buyer E, nor a scam A or B', () => {
    const buyersAsE = results.filter(
      (r) =>
        r.entry.expected?.acceptable?.some((c) => c === 'A' || c === 'B') && classOf(r) === 'E',
    );
    const scamsAsAB = results.filter(
      (r) => r.entry.expected?.class === 'E' && ['A', 'B'].includes(classOf(r)),
    );

    expect(buyersAsE.map((r) => r.entry.id)).toEqual([]);
    expect(scamsAsAB.map((r) => r.entry.id)).toEqual([]);
  });

  it('lets no labelled inquiry through the gate as other mail', () => {
    expect(results.filter((r) => r.grade.kind !== 'inquiry').map((r) => r.entry.id)).toEqual([]);
  });
});

describe('dev corpus: buyer replies', () => {
  const results = graded('replies.dev.jsonl');

  it('recognises every reply to a quotation', () => {
    expect(results.filter((r) => r.grade.kind !== 'reply').map((r) => r.entry.id)).toEqual([]);
  });

  it('names the primary kind for most replies', () => {
    const right = results.filter(
      (r) =>
        r.grade.kind === 'reply' &&
        r.grade.feedbackKinds[0] === r.entry.expected?.feedbackKinds?.[0],
    );
    expect(right.length / results.length).toBeGreaterThanOrEqual(0.9);
  });
});
