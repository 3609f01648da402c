import type { MailMessage } from '../../core/message.ts';
import type { AccountRef } from '../../db/accounts.ts';
import type { BookDb } from '../../db/book-db.ts';
import { dueSteps, LATE_AFTER_MS, listDueSteps } from '../../db/due-queries.ts';
import type { FollowUpRecord, InquiryRecord, ProspectRecord } from '../../db/records.ts';
import type { BuyerView, DueStepView, TodayView } from '../../messages/panel-to-background.ts';
import { writerOf } from './identity.ts';
import { findBuyer } from './prospects.ts';

// What the panel shows, read from the book at the moment it asks.

// A page of the oldest due steps: a book left alone for weeks must still open at once.
export const TODAY_PAGE = 100;
const HISTORY_LENGTH = 30;

function urgencyOf(step: FollowUpRecord, now: number): DueStepView['urgency'] {
  if (step.kind === 'first-response') return 'alert';
  return (step.pendingDueAt ?? step.dueAt) < now - LATE_AFTER_MS ? 'late' : 'due';
}

function stepView(
  step: FollowUpRecord,
  prospect: ProspectRecord | undefined,
  inquiry: InquiryRecord | undefined,
  now: number,
): DueStepView {
  return {
    id: step.id,
    account: step.account,
    kind: step.kind,
    stepId: step.stepId,
    channel: step.channel,
    purpose: step.purpose,
    dueAt: step.pendingDueAt ?? step.dueAt,
    callBy: step.callBy,
    snoozedUntil: step.snoozedUntil,
    urgency: urgencyOf(step, now),
    buyer: {
      name: prospect?.name ?? null,
      email: prospect?.emails[0] ?? null,
      company: prospect?.company ?? null,
    },
    inquiryClass: inquiry?.class ?? null,
    subject: inquiry?.subject ?? '',
    threadUrl: step.threadUrl,
  };
}

export async function todayView(db: BookDb, now: number): Promise<TodayView> {
  return db.transaction('r', [db.followUps, db.prospects, db.inquiries], async () => {
    const [total, steps] = await Promise.all([
      dueSteps(db, now).count(),
      listDueSteps(db, now, TODAY_PAGE),
    ]);
    const prospects = await db.prospects.bulkGet(steps.map((step) => step.prospectId));
    const inquiries = await db.inquiries.bulkGet(steps.map((step) => step.inquiryId));
    const views = steps.map((step, index) =>
      stepView(step, prospects[index], inquiries[index], now),
    );

    // Alerts first (an A or B buyer waiting for a first answer), then the longest waiting.
    views.sort((a, b) => Number(b.urgency === 'alert') - Number(a.urgency === 'alert'));
    return { now, total, steps: views };
  });
}

async function inquiryViews(db: BookDb, prospectId: string): Promise<BuyerView['inquiries']> {
  const inquiries = await db.inquiries.where('prospectId').equals(prospectId).toArray();
  inquiries.sort((a, b) => b.receivedAt - a.receivedAt);

  return Promise.all(
    inquiries.map(async (inquiry) => {
      const steps = await db.followUps.where('inquiryId').equals(inquiry.id).toArray();
      const next = steps
        .filter((step) => step.status === 'pending')
        .sort((a, b) => (a.pendingDueAt ?? a.dueAt) - (b.pendingDueAt ?? b.dueAt))[0];

      return {
        id: inquiry.id,
        subject: inquiry.subject,
        class: inquiry.class,
        receivedAt: inquiry.receivedAt,
        quotedAt: inquiry.cadence?.quotedAt ?? null,
        planState: inquiry.cadence?.state ?? null,
        nextStep: next
          ? { purpose: next.purpose, channel: next.channel, dueAt: next.pendingDueAt ?? next.dueAt }
          : null,
      };
    }),
  );
}

export async function prospectView(db: BookDb, prospect: ProspectRecord): Promise<BuyerView> {
  const history = await db.activities
    .where('[prospectId+at]')
    .between([prospect.id, -Infinity], [prospect.id, Infinity])
    .reverse()
    .limit(HISTORY_LENGTH)
    .toArray();

  return {
    prospect: {
      id: prospect.id,
      account: prospect.account,
      name: prospect.name,
      emails: prospect.emails,
      company: prospect.company,
      country: prospect.country,
      class: prospect.class,
      stage: prospect.stage,
      tags: prospect.tags,
      notes: prospect.notes,
      customer: prospect.customer,
    },
    inquiries: await inquiryViews(db, prospect.id),
    history: history.map(({ id, at, kind, detail }) => ({ id, at, kind, detail })),
  };
}

// The buyer behind the open message, whether they wrote it or the seller answered them.
export async function buyerView(
  db: BookDb,
  account: AccountRef,
  message: MailMessage,
  ownDomains: readonly string[],
): Promise<BuyerView | null> {
  const writer = writerOf(message, ownDomains);
  const found = await findBuyer(db, account.id, writer);
  if (found) return prospectView(db, found);

  const to = message.to.map((address) => address.email).find(Boolean);
  if (!to) return null;

  const addressed = await findBuyer(db, account.id, { email: to.toLowerCase(), registrable: null });
  return addressed ? prospectView(db, addressed) : null;
}
