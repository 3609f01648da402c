import { planCadence } from '../../core/cadence/plan.ts';
import type { ProspectStage } from '../../core/cadence/plan-types.ts';
import { applyReply, resumePlan } from '../../core/cadence/reply-effects.ts';
import { nextStage } from '../../core/cadence/stages.ts';
import type { FeedbackKind, ReplyGrade } from '../../core/grade-types.ts';
import type { BookDb } from '../../db/book-db.ts';
import { withDueIndex } from '../../db/due-index.ts';
import { newId } from '../../db/keys.ts';
import type { InquiryRecord } from '../../db/records.ts';
import { addActivity } from './activity.ts';
import { buyerHolidays } from './holidays.ts';
import { loadPlan, pendingCadenceSteps, savePlan } from './plans.ts';
import { closeFirstResponse } from './steps.ts';

// The cadence's three moves (method.md sections 5 and 6): the quotation starts it, a
// buyer's reply changes it by its kind, and the seller's answer resumes a paused one.

export type Moment = { now: number; sellerTimeZone: string };

type Source = { source: 'detected' | 'manual'; messageKey: string | null };

async function moveStage(db: BookDb, prospectId: string, stage: ProspectStage, now: number) {
  const prospect = await db.prospects.get(prospectId);
  if (!prospect) return;

  await db.prospects.put({ ...prospect, stage: nextStage(prospect.stage, stage), updatedAt: now });
}

async function buyerCountry(db: BookDb, inquiry: InquiryRecord): Promise<string | null> {
  return (await db.prospects.get(inquiry.prospectId))?.country ?? null;
}

export async function startCadence(
  db: BookDb,
  inquiry: InquiryRecord,
  quotedAt: number,
  { source, messageKey }: Source,
  { now, sellerTimeZone }: Moment,
): Promise<InquiryRecord> {
  const country = await buyerCountry(db, inquiry);
  const plan = planCadence({
    quotedAt: new Date(quotedAt),
    inquiryClass: inquiry.class,
    buyerCountry: country,
    sellerTimeZone,
    now: new Date(now),
    isBuyerHoliday: buyerHolidays(country),
  });

  const base = { account: inquiry.account, inquiryId: inquiry.id, prospectId: inquiry.prospectId };
  await db.quotations.add({ id: newId(), ...base, sentAt: quotedAt, source, messageKey });
  await closeFirstResponse(db, inquiry.id, now);
  const saved = await savePlan(
    db,
    { ...inquiry, answeredAt: inquiry.answeredAt ?? quotedAt },
    plan,
    now,
  );
  await moveStage(db, inquiry.prospectId, plan.stage, now);

  const detail = `${source} ${plan.steps.length} steps`;
  await addActivity(db, { ...base, kind: 'quotation-sent', detail, messageKey }, now);
  return saved;
}

// "Please take us off your list" asks for no more mail at all, not periodic contact.
const UNSUBSCRIBE = /unsubscri|remove (?:me|us)|take (?:me|us) off|stop (?:sending|emailing)/i;

function primaryKind(grade: ReplyGrade): { kind: FeedbackKind; unsubscribe: boolean } {
  const kind = grade.feedbackKinds[0] ?? 'other';
  const unsubscribe = grade.evidence.some(
    (item) => item.kind === 'not_interested' && UNSUBSCRIBE.test(item.evidence),
  );
  return { kind, unsubscribe };
}

export async function applyBuyerReply(
  db: BookDb,
  inquiry: InquiryRecord,
  grade: ReplyGrade,
  messageKey: string,
  { now }: Moment,
): Promise<void> {
  const base = { account: inquiry.account, inquiryId: inquiry.id, prospectId: inquiry.prospectId };
  const { kind, unsubscribe } = primaryKind(grade);
  await addActivity(db, { ...base, kind: 'reply-read', detail: kind, messageKey }, now);

  const plan = await loadPlan(db, inquiry);
  if (!plan) return;

  const isBuyerHoliday = buyerHolidays(plan.buyer.country);
  const outcome = applyReply(plan, kind, { now: new Date(now), unsubscribe, isBuyerHoliday });
  if (outcome.plan === plan) return;

  await savePlan(db, inquiry, outcome.plan, now);
  await moveStage(db, inquiry.prospectId, outcome.stage, now);
  const detail = `${kind}: ${outcome.plan.state}, ${outcome.plan.steps.length} steps`;
  await addActivity(db, { ...base, kind: 'plan-changed', detail }, now);
}

// The seller wrote in the thread: the quotation when none was sent yet, the answer a paused
// plan waits for, or (while the plan runs) the follow-up email that was due.
export async function applySellerMessage(
  db: BookDb,
  inquiry: InquiryRecord,
  sentAt: number,
  messageKey: string,
  moment: Moment,
): Promise<void> {
  const { now } = moment;
  const base = { account: inquiry.account, inquiryId: inquiry.id, prospectId: inquiry.prospectId };
  await addActivity(db, { ...base, kind: 'own-reply', messageKey }, now);

  if (!inquiry.cadence) {
    await startCadence(db, inquiry, sentAt, { source: 'detected', messageKey }, moment);
    return;
  }

  const plan = await loadPlan(db, inquiry);
  if (plan?.state === 'paused') {
    const resumed = resumePlan(plan, new Date(sentAt), buyerHolidays(plan.buyer.country));
    await savePlan(db, inquiry, resumed, now);
    await addActivity(db, { ...base, kind: 'plan-changed', detail: 'resumed' }, now);
    return;
  }

  const dueEmails = (await pendingCadenceSteps(db, inquiry.id)).filter(
    (step) => step.channel === 'email' && (step.pendingDueAt ?? Infinity) <= now,
  );
  if (dueEmails.length === 0) return;

  await db.followUps.bulkPut(
    dueEmails.map((step) => withDueIndex({ ...step, status: 'done', doneAt: now })),
  );
  const detail = dueEmails.map((step) => step.stepId).join(' ');
  await addActivity(db, { ...base, kind: 'step-done', detail }, now);
}
