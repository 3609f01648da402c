import { CLASSES } from '../grade-types.ts';
import { inRange, share } from './periods.ts';
import type { MetricsOptions, OutcomeRecord } from './records.ts';

// Orders and losses by class, counted when they were decided: the course's chances of a deal
// (A 90%, B 70%, C 40%, D 10%) set against what happened.

export type OutcomeRow = {
  group: string;
  ordered: number;
  lost: number;
  decided: number;
  orderedShare: number | null;
};

export type OutcomeTable = { kind: 'outcomes'; rows: OutcomeRow[]; total: OutcomeRow };

export function outcomeTable(
  outcomes: readonly OutcomeRecord[],
  options: MetricsOptions,
): OutcomeTable {
  const inside = outcomes.filter((outcome) => inRange(outcome.decidedAt, options.range));
  const rows = CLASSES.map((inquiryClass) =>
    outcomeRow(
      inquiryClass,
      inside.filter((outcome) => outcome.class === inquiryClass),
    ),
  );

  return { kind: 'outcomes', rows, total: outcomeRow('all', inside) };
}

function outcomeRow(group: string, outcomes: OutcomeRecord[]): OutcomeRow {
  const ordered = outcomes.filter((outcome) => outcome.outcome === 'ordered').length;
  const decided = outcomes.length;

  return {
    group,
    ordered,
    lost: decided - ordered,
    decided,
    orderedShare: share(ordered, decided),
  };
}
