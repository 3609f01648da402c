import type { BookDb } from '../../db/book-db.ts';
import { completeStep, DEFAULT_SNOOZE_MINUTES, snoozeStep } from '../book/steps.ts';
import {
  notificationIdOf,
  SUMMARY_NOTIFICATION,
  stepIdOfNotification,
} from './notification-content.ts';
import type { ReminderPorts } from './ports.ts';

// What the user does to a step from a notification or the Today view. Each returns whether
// the book changed; the caller then sweeps, which redraws the badge and tells the panels.

export async function markDone(db: BookDb, ports: ReminderPorts, stepId: string, now: number) {
  const done = await completeStep(db, stepId, now);
  await ports.clearNotification(notificationIdOf(stepId));
  return done !== null;
}

export async function snooze(
  db: BookDb,
  ports: ReminderPorts,
  stepId: string,
  now: number,
  minutes = DEFAULT_SNOOZE_MINUTES,
) {
  const snoozed = await snoozeStep(db, stepId, now, minutes);
  await ports.clearNotification(notificationIdOf(stepId));
  return snoozed !== null;
}

// The buttons in the order stepNotification gives them: done, then snooze.
export async function pressNotificationButton(
  db: BookDb,
  ports: ReminderPorts,
  notificationId: string,
  buttonIndex: number,
  now: number,
): Promise<boolean> {
  const stepId = stepIdOfNotification(notificationId);
  if (!stepId) return false;

  return buttonIndex === 0 ? markDone(db, ports, stepId, now) : snooze(db, ports, stepId, now);
}

// A click opens the thread to act in; without buttons (Firefox) the user could not mark the
// step done from here, so the click opens the Today list, where they can.
export async function clickNotification(
  db: BookDb,
  ports: ReminderPorts,
  notificationId: string,
): Promise<void> {
  await ports.clearNotification(notificationId);
  const stepId = stepIdOfNotification(notificationId);
  const step = stepId ? await db.followUps.get(stepId) : undefined;

  if (notificationId === SUMMARY_NOTIFICATION || !step || !ports.buttonsSupported()) {
    await ports.openTab(ports.todayUrl());
    return;
  }

  await ports.openTab(step.threadUrl);
}
