import { CLASSES } from '../grade-types.ts';
import { DAY_MS, inRange, share } from './periods.ts';
import type { MetricsOptions, StepRecord } from './records.ts';

// A follow-up step is a task for a day: due at the opening of the buyer's day, it is on time
// when done within the next 24 hours (a seller in Shanghai answers a Berlin morning before
// Berlin's next one). Steps whose day is not over yet and are not done are left out.
export const STEP_GRACE_MS = DAY_MS;

export type StepsOnTimeRow = {
  group: string;
  judged: number;
  onTime: number;
  late: number;
  missed: number;
  pending: number;
  share: number | null;
};

export type StepsOnTimeTable = {
  kind: 'steps-on-time';
  rows: StepsOnTimeRow[];
  total: StepsOnTimeRow;
};

export function stepsOnTimeTable(
  steps: readonly StepRecord[],
  options: MetricsOptions,
): StepsOnTimeTable {
  const inside = steps.filter((step) => inRange(step.dueAt, options.range));
  const now = options.now.getTime();
  const rows = CLASSES.filter((inquiryClass) => inquiryClass !== 'E').map((inquiryClass) =>
    stepsRow(
      inquiryClass,
      inside.filter((step) => step.class === inquiryClass),
      now,
    ),
  );

  return { kind: 'steps-on-time', rows, total: stepsRow('all', inside, now) };
}

function stepsRow(group: string, steps: StepRecord[], now: number): StepsOnTimeRow {
  const counts: StepsOnTimeRow = {
    group,
    judged: 0,
    onTime: 0,
    late: 0,
    missed: 0,
    pending: 0,
    share: null,
  };

  for (const step of steps) {
    const deadline = step.dueAt + STEP_GRACE_MS;
    if (step.doneAt !== null && step.doneAt <= deadline) counts.onTime += 1;
    else if (step.doneAt !== null) counts.late += 1;
    else if (deadline < now) counts.missed += 1;
    else counts.pending += 1;
  }

  counts.judged = counts.onTime + counts.late + counts.missed;
  return { ...counts, share: share(counts.onTime, counts.judged) };
}
