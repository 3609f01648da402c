import { firstResponseDue } from '../../core/cadence/response-limit.ts';
import type { InquiryClass } from '../../core/grade-types.ts';
import type { BookDb } from '../../db/book-db.ts';
import { withDueIndex } from '../../db/due-index.ts';
import { newId } from '../../db/keys.ts';
import type { FollowUpRecord, InquiryRecord } from '../../db/records.ts';
import { addActivity } from './activity.ts';

// The classes whose unanswered inquiry raises an alert at its response limit (issue 7).
const ALERT_CLASSES: readonly InquiryClass[] = ['A', 'B'];

export const DEFAULT_SNOOZE_MINUTES = 60;

export function firstResponseStep(
  inquiry: InquiryRecord,
  sellerTimeZone: string,
  now: number,
): FollowUpRecord | null {
  if (!ALERT_CLASSES.includes(inquiry.class)) return null;

  const due = firstResponseDue(new Date(inquiry.receivedAt), inquiry.class, sellerTimeZone);
  if (!due) return null;

  return withDueIndex({
    id: newId(),
    account: inquiry.account,
    inquiryId: inquiry.id,
    prospectId: inquiry.prospectId,
    kind: 'first-response',
    stepId: 'first-response',
    day: 0,
    channel: 'email',
    purpose: 'first-response',
    dueAt: due.getTime(),
    callBy: null,
    status: 'pending',
    snoozedUntil: null,
    notifiedAt: null,
    doneAt: null,
    threadUrl: inquiry.threadUrl,
    createdAt: now,
  });
}

// The inquiry was answered: its first-response step, if still open, is done.
export async function closeFirstResponse(
  db: BookDb,
  inquiryId: string,
  now: number,
): Promise<void> {
  await db.followUps
    .where('inquiryId')
    .equals(inquiryId)
    .filter((step) => step.kind === 'first-response' && step.status === 'pending')
    .modify((step, ref) => {
      ref.value = withDueIndex({ ...step, status: 'done', doneAt: now });
    });
}

async function pendingStep(db: BookDb, stepId: string): Promise<FollowUpRecord | null> {
  const step = await db.followUps.get(stepId);
  return step?.status === 'pending' ? step : null;
}

export function completeStep(db: BookDb, stepId: string, now: number) {
  return db.transaction('rw', [db.followUps, db.inquiries, db.activities], async () => {
    const step = await pendingStep(db, stepId);
    if (!step) return null;

    const done = withDueIndex({ ...step, status: 'done', doneAt: now });
    await db.followUps.put(done);
    if (step.kind === 'first-response') {
      await db.inquiries.update(step.inquiryId, { answeredAt: now });
    }

    const entry = { account: step.account, prospectId: step.prospectId, inquiryId: step.inquiryId };
    await addActivity(db, { ...entry, kind: 'step-done', detail: step.stepId }, now);
    return done;
  });
}

// A snoozed step leaves "due" until the snooze ends, then is notified again.
export function snoozeStep(db: BookDb, stepId: string, now: number, minutes: number) {
  return db.transaction('rw', [db.followUps, db.activities], async () => {
    const step = await pendingStep(db, stepId);
    if (!step) return null;

    const until = now + minutes * 60_000;
    const snoozed = withDueIndex({ ...step, snoozedUntil: until, notifiedAt: null });
    await db.followUps.put(snoozed);

    const entry = { account: step.account, prospectId: step.prospectId, inquiryId: step.inquiryId };
    await addActivity(
      db,
      { ...entry, kind: 'step-snoozed', detail: `${step.stepId} ${minutes} min` },
      now,
    );
    return snoozed;
  });
}
