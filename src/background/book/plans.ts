import type { CadencePlan, PlannedStep } from '../../core/cadence/plan-types.ts';
import type { StepPurpose } from '../../core/cadence/steps.ts';
import type { BookDb } from '../../db/book-db.ts';
import { withDueIndex } from '../../db/due-index.ts';
import { newId } from '../../db/keys.ts';
import type { FollowUpRecord, InquiryRecord } from '../../db/records.ts';

// A cadence plan lives in two places: its state on the inquiry (cadence) and the steps still
// to do as follow-up records, which the reminders query by due time.

export async function pendingCadenceSteps(
  db: BookDb,
  inquiryId: string,
): Promise<FollowUpRecord[]> {
  const steps = await db.followUps.where('inquiryId').equals(inquiryId).toArray();
  return steps
    .filter((step) => step.status === 'pending' && step.kind === 'cadence')
    .sort((a, b) => a.dueAt - b.dueAt);
}

function plannedStep(step: FollowUpRecord): PlannedStep {
  return {
    id: step.stepId,
    day: step.day,
    channel: step.channel,
    purpose: step.purpose as StepPurpose,
    dueAt: new Date(step.dueAt),
    ...(step.callBy === null ? {} : { callBy: new Date(step.callBy) }),
  };
}

export async function loadPlan(db: BookDb, inquiry: InquiryRecord): Promise<CadencePlan | null> {
  const { cadence } = inquiry;
  if (!cadence) return null;

  const steps = await pendingCadenceSteps(db, inquiry.id);
  return {
    quotedAt: new Date(cadence.quotedAt),
    inquiryClass: cadence.inquiryClass,
    buyer: cadence.buyer,
    state: cadence.state,
    stage: cadence.stage,
    steps: steps.map(plannedStep),
  };
}

const sameStep = (record: FollowUpRecord, step: PlannedStep) =>
  record.stepId === step.id && record.dueAt === step.dueAt.getTime();

function stepRecord(inquiry: InquiryRecord, step: PlannedStep, now: number): FollowUpRecord {
  return withDueIndex({
    id: newId(),
    account: inquiry.account,
    inquiryId: inquiry.id,
    prospectId: inquiry.prospectId,
    kind: 'cadence',
    stepId: step.id,
    day: step.day,
    channel: step.channel,
    purpose: step.purpose,
    dueAt: step.dueAt.getTime(),
    callBy: step.callBy?.getTime() ?? null,
    status: 'pending',
    snoozedUntil: null,
    notifiedAt: null,
    doneAt: null,
    threadUrl: inquiry.threadUrl,
    createdAt: now,
  });
}

// Steps the new plan keeps stay as they are (a snooze or a notification survives); the rest
// are cancelled, not deleted, so the history shows what the plan was before the buyer spoke.
export async function savePlan(
  db: BookDb,
  inquiry: InquiryRecord,
  plan: CadencePlan,
  now: number,
): Promise<InquiryRecord> {
  const before = await pendingCadenceSteps(db, inquiry.id);
  const kept = before.filter((record) => plan.steps.some((step) => sameStep(record, step)));
  const dropped = before.filter((record) => !kept.includes(record));
  const added = plan.steps.filter((step) => !before.some((record) => sameStep(record, step)));

  await db.followUps.bulkPut(
    dropped.map((record) => withDueIndex({ ...record, status: 'cancelled', doneAt: now })),
  );
  await db.followUps.bulkAdd(added.map((step) => stepRecord(inquiry, step, now)));

  const updated: InquiryRecord = {
    ...inquiry,
    cadence: {
      quotedAt: plan.quotedAt.getTime(),
      inquiryClass: plan.inquiryClass,
      buyer: plan.buyer,
      state: plan.state,
      stage: plan.stage,
    },
  };
  await db.inquiries.put(updated);
  return updated;
}
