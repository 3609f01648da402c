import { bookDb } from '../../db/book-db.ts';
import { browser } from '../../platform/browser.ts';
import { realTimeOf, sellerTimeZone } from '../book/clock.ts';
import { browserReminderPorts } from './browser-ports.ts';
import { sweepReminders } from './sweep.ts';

export const NEXT_ALARM = 'reminders-next';
export const SWEEP_ALARM = 'reminders-sweep';

async function scheduleNext(nextDueAt: number | null): Promise<void> {
  if (nextDueAt === null) {
    await browser.alarms.clear(NEXT_ALARM);
    return;
  }

  await browser.alarms.create(NEXT_ALARM, { when: await realTimeOf(nextDueAt) });
}

export async function refreshReminders(now: number): Promise<void> {
  const moment = { now, sellerTimeZone: sellerTimeZone() };
  const result = await sweepReminders(bookDb(), browserReminderPorts, moment);
  await scheduleNext(result.nextDueAt);
}
