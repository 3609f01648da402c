import { CLASSES } from '../core/grade-types.ts';
import type { Expected } from './corpus-case.ts';
import type { JsonLine } from './output.ts';

// --eval: the figures issue 2 asks for, computed from labelled cases only.

export type Labelled = { line: JsonLine; expected: Expected };

const pct = (part: number, whole: number) =>
  whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(1)}%`;

export function evaluationReport(items: Labelled[]): string[] {
  const inquiries = items.filter((item) => item.expected.kind === 'inquiry' && item.expected.class);
  const replies = items.filter(
    (item) => item.expected.kind === 'reply' && item.expected.feedbackKinds?.length,
  );
  return [...inquiryReport(inquiries), '', ...replyReport(replies)];
}

function inquiryReport(items: Labelled[]): string[] {
  if (items.length === 0) return ['inquiries: none labelled'];

  const graded = (item: Labelled) => (item.line.kind === 'inquiry' ? item.line.class : 'other');
  const exact = items.filter((item) => graded(item) === item.expected.class).length;
  const acceptable = items.filter((item) =>
    (item.expected.acceptable ?? [item.expected.class]).includes(graded(item) as never),
  ).length;
  const buyersAsE = items.filter(
    (item) => item.expected.acceptable?.some((c) => c === 'A' || c === 'B') && graded(item) === 'E',
  ).length;
  const scamsAsAB = items.filter(
    (item) => item.expected.class === 'E' && ['A', 'B'].includes(graded(item) ?? ''),
  ).length;

  const recall = CLASSES.map((c) => {
    const of = items.filter((item) => item.expected.class === c);
    return `${c} ${pct(of.filter((item) => graded(item) === c).length, of.length)} (${of.length})`;
  });

  return [
    `inquiries: ${items.length}`,
    `exact accuracy: ${pct(exact, items.length)} (${exact}/${items.length})`,
    `within acceptable: ${pct(acceptable, items.length)} (${acceptable}/${items.length})`,
    `recall per class: ${recall.join(', ')}`,
    `real buyers (acceptable A or B) graded E: ${buyersAsE}`,
    `E cases graded A or B: ${scamsAsAB}`,
    'confusion (rows: expected, columns: graded)',
    ...confusion(items, graded),
  ];
}

function confusion(items: Labelled[], graded: (item: Labelled) => string | null): string[] {
  const columns = [...CLASSES, 'other'];
  const header = `     ${columns.map((c) => c.padStart(6)).join('')}`;
  const rows = CLASSES.map((expected) => {
    const row = items.filter((item) => item.expected.class === expected);
    const cells = columns.map((c) =>
      String(row.filter((item) => graded(item) === c).length).padStart(6),
    );
    return `  ${expected}  ${cells.join('')}`;
  });
  return [header, ...rows];
}

function replyReport(items: Labelled[]): string[] {
  if (items.length === 0) return ['replies: none labelled'];

  const primary = (item: Labelled) =>
    item.line.kind === 'reply' ? item.line.feedbackKinds[0] : undefined;
  const hits = items.filter((item) => primary(item) === item.expected.feedbackKinds?.[0]).length;
  const kinds = [...new Set(items.map((item) => item.expected.feedbackKinds?.[0] ?? ''))].sort();
  const recall = kinds.map((kind) => {
    const of = items.filter((item) => item.expected.feedbackKinds?.[0] === kind);
    return `  ${kind.padEnd(26)} ${pct(of.filter((item) => primary(item) === kind).length, of.length)} (${of.length})`;
  });
  const notReply = items.filter((item) => item.line.kind !== 'reply').length;

  return [
    `replies: ${items.length}`,
    `primary-kind accuracy: ${pct(hits, items.length)} (${hits}/${items.length})`,
    `not recognised as replies: ${notReply}`,
    'recall per kind:',
    ...recall,
  ];
}
