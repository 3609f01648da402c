import type { BookDb } from '../../db/book-db.ts';
import { dueSummary, nextDueAfter, takeNewlyDue } from '../../db/due-queries.ts';
import type { FollowUpRecord } from '../../db/records.ts';
import { badgeOf } from './badge.ts';
import {
  isUnansweredAlert,
  notificationIdOf,
  type StepContext,
  SUMMARY_NOTIFICATION,
  stepNotification,
  summaryNotification,
} from './notification-content.ts';
import type { NotificationContent, ReminderPorts } from './ports.ts';
import { languageOf } from './step-text.ts';

// One pass over the book: notify what fell due since the last pass, redraw the badge, and
// say when the next step falls due. Everything comes from the database, so a pass after a
// worker stop or a browser restart catches up on all that fell due meanwhile.

// More than a few notifications at once is noise (a browser opened after a holiday): the
// rest are counted in one that opens the Today list.
export const MAX_STEP_NOTIFICATIONS = 5;

export type SweepResult = { notified: number; due: number; nextDueAt: number | null };

async function contexts(db: BookDb, steps: FollowUpRecord[]): Promise<StepContext[]> {
  const prospects = await db.prospects.bulkGet(steps.map((step) => step.prospectId));
  const inquiries = await db.inquiries.bulkGet(steps.map((step) => step.inquiryId));
  return steps.map((step, index) => ({
    step,
    prospect: prospects[index],
    inquiry: inquiries[index],
  }));
}

async function notifyFresh(
  db: BookDb,
  ports: ReminderPorts,
  fresh: FollowUpRecord[],
  moment: { now: number; sellerTimeZone: string },
): Promise<void> {
  const language = languageOf(ports.uiLanguage());
  const buttons = ports.buttonsSupported();
  // Alerts first, then the newest: those are the ones worth a notification of their own.
  const ordered = (await contexts(db, fresh))
    .map((context) => ({
      context,
      alert: isUnansweredAlert(context, moment.sellerTimeZone, moment.now),
    }))
    .sort(
      (a, b) => Number(b.alert) - Number(a.alert) || b.context.step.dueAt - a.context.step.dueAt,
    );

  const show = async (id: string, content: NotificationContent) => {
    try {
      await ports.notify(id, content);
    } catch (error) {
      ports.reportError(`showing notification ${id}`, error);
    }
  };

  for (const { context, alert } of ordered.slice(0, MAX_STEP_NOTIFICATIONS)) {
    await show(
      notificationIdOf(context.step.id),
      stepNotification(context, { language, buttons, alert }),
    );
  }

  const rest = ordered.length - MAX_STEP_NOTIFICATIONS;
  if (rest > 0) await show(SUMMARY_NOTIFICATION, summaryNotification(rest, language));
}

export async function sweepReminders(
  db: BookDb,
  ports: ReminderPorts,
  moment: { now: number; sellerTimeZone: string },
): Promise<SweepResult> {
  const { now } = moment;
  const fresh = await takeNewlyDue(db, now);
  if (fresh.length > 0) await notifyFresh(db, ports, fresh, moment);

  const [summary, nextDueAt] = await Promise.all([dueSummary(db, now), nextDueAfter(db, now)]);
  const badge = badgeOf(summary);
  await ports.setBadge(badge.text, badge.color);
  if (fresh.length > 0) await ports.bookChanged();

  return { notified: fresh.length, due: summary.count, nextDueAt };
}
