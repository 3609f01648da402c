import { bookDb } from '../../db/book-db.ts';
import {
  accountsReplySchema,
  bookDoneReplySchema,
  importReplySchema,
} from '../../messages/panel-to-background.ts';
import { browser } from '../../platform/browser.ts';
import { request } from '../../platform/messaging.ts';
import { currentTime, sellerTimeZone } from '../book/clock.ts';
import { languageOf } from '../reminders/step-text.ts';
import { followUpsCsv, prospectsCsv } from './csv-export.ts';
import { upcomingIcs } from './ics-export.ts';
import { exportBook, restoreBook } from './json-backup.ts';
import type { BackupPorts } from './ports.ts';

// The options page's ports. Whole-book export and restore open the database here, in the
// page (a big book does not fit through messaging); the worker is then told to start its
// reminders afresh. Customer lists go through the worker, which keeps the book's rules.

const language = () => languageOf(browser.i18n.getUILanguage());

export const browserBackupPorts: BackupPorts = {
  listAccounts: () => request({ type: 'list-accounts' }, accountsReplySchema),

  importCustomers: (account, csv) =>
    request({ type: 'import-customers', account, csv }, importReplySchema),

  async exportJson() {
    return JSON.stringify(await exportBook(bookDb(), await currentTime()));
  },

  async restoreJson(text) {
    const report = await restoreBook(bookDb(), text);
    await request({ type: 'book-restored' }, bookDoneReplySchema);
    return report;
  },

  prospectsCsv: () => prospectsCsv(bookDb(), language(), sellerTimeZone()),

  followUpsCsv: () => followUpsCsv(bookDb(), language(), sellerTimeZone()),

  async upcomingIcs() {
    return upcomingIcs(bookDb(), await currentTime(), language());
  },

  download(name, text, type) {
    const url = URL.createObjectURL(new Blob([text], { type }));
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  },
};
