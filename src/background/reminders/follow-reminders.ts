import { bookDb } from '../../db/book-db.ts';
import { dueSummary } from '../../db/due-queries.ts';
import { browser, listen } from '../../platform/browser.ts';
import { bookChanged } from '../book/after-change.ts';
import { currentTime, TEST_CLOCK_KEY, testHooksOn } from '../book/clock.ts';
import { todayView } from '../book/views.ts';
import { clickNotification, pressNotificationButton } from './actions.ts';
import { browserReminderPorts } from './browser-ports.ts';
import { NEXT_ALARM, refreshReminders, SWEEP_ALARM } from './refresh.ts';

// Two alarms and nothing in memory: one at the next step's due time, and a sweep every
// minute in case that one was lost (a clock change, a browser that slept). Each pass reads
// the book afresh, so a worker stopped meanwhile misses nothing.

// Chrome runs packed extensions' alarms at most every 30 s; the product asks for no less
// than a minute.
export const SWEEP_MINUTES = 1;

async function refreshNow(): Promise<void> {
  await refreshReminders(await currentTime());
}

async function ensureSweepAlarm(): Promise<void> {
  if (await browser.alarms.get(SWEEP_ALARM)) return;

  await browser.alarms.create(SWEEP_ALARM, { periodInMinutes: SWEEP_MINUTES });
}

export function followReminders(signal: AbortSignal, onError: (error: unknown) => void): void {
  const refresh = () => void refreshNow().catch(onError);

  listen(
    browser.alarms.onAlarm,
    (alarm) => {
      if (alarm.name === NEXT_ALARM || alarm.name === SWEEP_ALARM) refresh();
    },
    signal,
  );

  listen(
    browser.notifications.onClicked,
    (id) => void clickNotification(bookDb(), browserReminderPorts, id).catch(onError),
    signal,
  );

  // Firefox has the event but never fires it: its notifications have no buttons.
  if (browser.notifications.onButtonClicked) {
    listen(
      browser.notifications.onButtonClicked,
      (id, index) => {
        const press = async () => {
          const now = await currentTime();
          const changed = await pressNotificationButton(
            bookDb(),
            browserReminderPorts,
            id,
            index,
            now,
          );
          if (changed) await bookChanged(now);
        };
        press().catch(onError);
      },
      signal,
    );
  }

  listen(browser.runtime.onStartup, refresh, signal);
  listen(browser.runtime.onInstalled, refresh, signal);

  if (testHooksOn) {
    // For bench/book-scale.ts: the worker's own queries, timed where they run.
    Object.assign(globalThis, {
      inquiryTriageBench: { bookDb, dueSummary, todayView, refreshReminders },
    });

    // A test moved the worker's clock: what fell due in the skipped time is due now.
    listen(
      browser.storage.onChanged,
      (changes, area) => {
        if (area === 'local' && TEST_CLOCK_KEY in changes) refresh();
      },
      signal,
    );
  }

  ensureSweepAlarm().catch(onError);
  // Every start of the worker catches up on what fell due while it was stopped.
  refresh();
}
