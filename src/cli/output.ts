import type { FactorScores, Grade } from '../core/grade-types.ts';

// The --json contract (issue 2): one object per message, these fields, nothing else.
export type JsonLine = {
  id: string;
  kind: Grade['kind'];
  class: string | null;
  total: number | null;
  factors: FactorScores | null;
  redFlags: { id: string; evidence: string }[];
  feedbackKinds: string[];
};

export function toJsonLine(id: string, grade: Grade): JsonLine {
  const inquiry = grade.kind === 'inquiry' ? grade : null;
  return {
    id,
    kind: grade.kind,
    class: inquiry?.class ?? null,
    total: inquiry?.total ?? null,
    factors: inquiry ? { ...inquiry.factors } : null,
    redFlags: inquiry?.redFlags.map((flag) => ({ id: flag.id, evidence: flag.evidence })) ?? [],
    feedbackKinds: grade.kind === 'reply' ? [...grade.feedbackKinds] : [],
  };
}

const COLUMNS = [
  'id',
  'kind',
  'class',
  'total',
  'src',
  'prod',
  'terms',
  'ident',
  'fit',
  'x',
  'flags / reply kinds',
];

export function tableHeader(idWidth: number): string {
  const widths = [idWidth, 7, 5, 5, 4, 4, 5, 5, 4, 3];
  const cells = COLUMNS.slice(0, -1).map((name, i) => name.padEnd(widths[i] ?? 4));
  return `${cells.join(' ')} ${COLUMNS.at(-1)}`;
}

export function tableRow(line: JsonLine, idWidth: number): string {
  const f = line.factors;
  const numbers = f ? [f.source, f.product, f.terms, f.identity, f.fit, f.intent] : [];
  const factorCells = [4, 4, 5, 5, 4, 3].map((w, i) => String(numbers[i] ?? '').padEnd(w));
  const notes =
    line.kind === 'reply'
      ? line.feedbackKinds.join(', ')
      : line.redFlags.map((r) => r.id).join(', ');

  return [
    line.id.padEnd(idWidth),
    line.kind.padEnd(7),
    (line.class ?? '-').padEnd(5),
    String(line.total ?? '-').padEnd(5),
    ...factorCells,
    notes,
  ].join(' ');
}
