import { log } from '../../platform/log.ts';
import { broadcast } from '../../platform/messaging.ts';
import { refreshReminders } from '../reminders/refresh.ts';

// After every write to the book: the reminders start from the new state (a done step leaves
// the badge, a new plan sets the next alarm) and open panels read it again.
export async function bookChanged(now: number): Promise<void> {
  try {
    await refreshReminders(now);
  } catch (error) {
    log.error('refreshing reminders', error);
  }

  await broadcast({ type: 'book-changed' });
}
