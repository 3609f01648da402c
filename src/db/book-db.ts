import { Dexie, type DexieOptions, type EntityTable } from 'dexie';
import type {
  AccountRecord,
  ActivityRecord,
  FollowUpRecord,
  InquiryRecord,
  ProspectRecord,
  QuotationRecord,
} from './records.ts';
import { LATEST_VERSION, SCHEMA_VERSIONS } from './schema.ts';

// The prospect book. Opened only by the worker and extension pages: a content script's
// IndexedDB is the mail site's (Biome refuses the import there). Who opens it:
// - the worker, for everything mail and reminders write, and for the panel's reads: the
//   panel asks by message and reads again when the worker broadcasts "book-changed" (one
//   writer keeps the badge and alarms in step with the book; the panel stays light);
// - the options page, for the whole-book export and restore, which would not fit through
//   messaging; it then sends "book-restored" so the worker starts its reminders afresh.

export const BOOK_NAME = 'inquiry-triage-book';

export const BOOK_TABLES = [
  'accounts',
  'prospects',
  'inquiries',
  'quotations',
  'followUps',
  'activities',
] as const;

export type BookTable = (typeof BOOK_TABLES)[number];

export type BookOptions = DexieOptions & {
  // Tests open an older version to write the records a migration starts from.
  upToVersion?: number;
  // The upgrade's "now" (time is a parameter, migrations included).
  now?: () => number;
};

export class BookDb extends Dexie {
  declare accounts: EntityTable<AccountRecord, 'id'>;
  declare prospects: EntityTable<ProspectRecord, 'id'>;
  declare inquiries: EntityTable<InquiryRecord, 'id'>;
  declare quotations: EntityTable<QuotationRecord, 'id'>;
  declare followUps: EntityTable<FollowUpRecord, 'id'>;
  declare activities: EntityTable<ActivityRecord, 'id'>;

  constructor(name = BOOK_NAME, options: BookOptions = {}) {
    const { upToVersion = LATEST_VERSION, now = Date.now, ...dexieOptions } = options;
    super(name, dexieOptions);

    for (const entry of SCHEMA_VERSIONS) {
      if (entry.version > upToVersion) break;

      const version = this.version(entry.version).stores(entry.stores);
      const { upgrade } = entry;
      if (upgrade) version.upgrade((transaction) => upgrade(transaction, { now: now() }));
    }
  }
}

let shared: BookDb | undefined;

// One connection per context, opened on first use; it holds no state of its own.
export function bookDb(): BookDb {
  shared ??= new BookDb();
  return shared;
}
