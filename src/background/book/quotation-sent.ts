import { resumePlan } from '../../core/cadence/reply-effects.ts';
import type { Grade } from '../../core/grade-types.ts';
import type { MailMessage } from '../../core/message.ts';
import type { AccountRef } from '../../db/accounts.ts';
import type { BookDb } from '../../db/book-db.ts';
import { threadKeyOf } from '../../db/keys.ts';
import { addActivity } from './activity.ts';
import { type Moment, startCadence } from './cadence.ts';
import { buyerHolidays } from './holidays.ts';
import { loadPlan, savePlan } from './plans.ts';
import { recordReading } from './record-reading.ts';
import { threadInquiry } from './threads.ts';

export type OpenThread = {
  account: AccountRef;
  url: string;
  messageKey: string;
  message: MailMessage;
  grade: Grade | null;
  ownDomains: readonly string[];
};

export class NoInquiryError extends Error {
  override name = 'NoInquiryError';
}

// The user says the quotation went out (by another mailbox, a platform's chat, a call):
// the cadence starts now. For a thread whose cadence already runs, it is the answer a
// paused plan was waiting for; otherwise nothing changes.
export function markQuotationSent(db: BookDb, open: OpenThread, moment: Moment): Promise<boolean> {
  const tables = [
    db.accounts,
    db.prospects,
    db.inquiries,
    db.quotations,
    db.followUps,
    db.activities,
  ];

  return db.transaction('rw', tables, async () => {
    const threadKey = threadKeyOf(open.messageKey);
    let inquiry = await threadInquiry(db, open.account.id, threadKey);
    if (!inquiry && open.grade?.kind === 'inquiry') {
      await recordReading(db, { ...open, grade: open.grade }, moment);
      inquiry = await threadInquiry(db, open.account.id, threadKey);
    }

    if (!inquiry) throw new NoInquiryError('No inquiry is known in this thread');

    if (!inquiry.cadence) {
      await startCadence(db, inquiry, moment.now, { source: 'manual', messageKey: null }, moment);
      return true;
    }

    const plan = await loadPlan(db, inquiry);
    if (plan?.state !== 'paused') return false;

    await savePlan(
      db,
      inquiry,
      resumePlan(plan, new Date(moment.now), buyerHolidays(plan.buyer.country)),
      moment.now,
    );
    const entry = {
      account: inquiry.account,
      prospectId: inquiry.prospectId,
      inquiryId: inquiry.id,
    };
    await addActivity(db, { ...entry, kind: 'plan-changed', detail: 'resumed' }, moment.now);
    return true;
  });
}
