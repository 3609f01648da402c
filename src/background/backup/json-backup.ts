import { BOOK_TABLES, type BookDb } from '../../db/book-db.ts';
import { withDueIndex } from '../../db/due-index.ts';
import { LATEST_VERSION } from '../../db/schema.ts';
import { withKeys } from '../book/prospects.ts';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  type BackupFile,
  readBackup,
} from './backup-file.ts';

// Export and restore run in the extension page that asks (the options page), straight on
// the database: a big book would not fit through extension messaging, and IndexedDB's
// transactions make the restore all or nothing.

export function exportBook(db: BookDb, now: number): Promise<BackupFile> {
  return db.transaction(
    'r',
    BOOK_TABLES.map((table) => db.table(table)),
    async () => ({
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      schemaVersion: LATEST_VERSION,
      exportedAt: now,
      tables: {
        accounts: await db.accounts.toArray(),
        prospects: await db.prospects.toArray(),
        inquiries: await db.inquiries.toArray(),
        quotations: await db.quotations.toArray(),
        followUps: await db.followUps.toArray(),
        activities: await db.activities.toArray(),
      },
    }),
  );
}

export type RestoreReport = Record<(typeof BOOK_TABLES)[number], number>;

// Replaces the whole book with the file's. The file is read and checked before anything is
// touched, and the writes share one transaction: a failure anywhere leaves the book as it was.
export async function restoreBook(db: BookDb, text: string): Promise<RestoreReport> {
  const { tables } = readBackup(text);

  await db.transaction(
    'rw',
    BOOK_TABLES.map((table) => db.table(table)),
    async () => {
      for (const table of BOOK_TABLES) await db.table(table).clear();

      await db.accounts.bulkAdd(tables.accounts);
      // The index fields are derived: rebuilt from the records, never trusted from a file.
      await db.prospects.bulkAdd(tables.prospects.map(withKeys));
      await db.inquiries.bulkAdd(tables.inquiries);
      await db.quotations.bulkAdd(tables.quotations);
      await db.followUps.bulkAdd(tables.followUps.map(withDueIndex));
      await db.activities.bulkAdd(tables.activities);
    },
  );

  return Object.fromEntries(
    BOOK_TABLES.map((table) => [table, tables[table].length]),
  ) as RestoreReport;
}
