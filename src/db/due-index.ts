import type { FollowUpRecord } from './records.ts';

// The two sparse indexes of follow-ups: a step is in `pendingDueAt` while it is still to do
// (at its due time, or the end of its snooze) and in `notifyAt` until its notification went
// out. Done and cancelled steps leave both, so "what is due" and "what is new" are range
// queries over the few steps still open, not scans of two years of history.
export function withDueIndex(step: FollowUpRecord): FollowUpRecord {
  const { pendingDueAt: _pending, notifyAt: _notify, ...rest } = step;
  if (step.status !== 'pending') {
    return rest;
  }

  const due = step.snoozedUntil ?? step.dueAt;
  return step.notifiedAt === null
    ? { ...rest, pendingDueAt: due, notifyAt: due }
    : { ...rest, pendingDueAt: due };
}
