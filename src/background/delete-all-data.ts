import { bookDb } from '../db/book-db.ts';
import { browser } from '../platform/browser.ts';
import { bookChanged } from './book/after-change.ts';

// "Delete all my data": the prospect book, the settings, templates and overrides, the
// per-tab readings, the reminders' alarms and badge. The book's tables are emptied in one
// transaction rather than the database dropped, so the open connection stays usable.
export async function deleteAllData(now: number): Promise<{ deleted: true }> {
  const db = bookDb();
  await db.transaction('rw', db.tables, () => Promise.all(db.tables.map((table) => table.clear())));

  await Promise.all([
    browser.storage.local.clear(),
    browser.storage.session.clear(),
    browser.alarms.clearAll(),
    browser.action.setBadgeText({ text: '' }),
  ]);

  await bookChanged(now);
  return { deleted: true };
}
