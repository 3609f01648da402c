import { z } from 'zod';
import { BOOK_TABLES, type BookTable } from '../../db/book-db.ts';
import {
  accountRecordSchema,
  activityRecordSchema,
  followUpRecordSchema,
  inquiryRecordSchema,
  prospectRecordSchema,
  quotationRecordSchema,
} from '../../db/records.ts';
import { followUpFromVersionOne, LATEST_VERSION } from '../../db/schema.ts';

// The backup file: the whole book as one JSON object, each table checked against the schema
// the book itself keeps (db/records.ts). A file is taken whole or not at all.

export const BACKUP_FORMAT = 'inquiry-triage-book';
export const BACKUP_FORMAT_VERSION = 1;

export const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.literal(BACKUP_FORMAT_VERSION),
  // The book schema the records were written in; a newer one needs a newer extension.
  schemaVersion: z.number().int().min(1),
  exportedAt: z.number(),
  tables: z.object({
    accounts: z.array(accountRecordSchema),
    prospects: z.array(prospectRecordSchema),
    inquiries: z.array(inquiryRecordSchema),
    quotations: z.array(quotationRecordSchema),
    followUps: z.array(followUpRecordSchema),
    activities: z.array(activityRecordSchema),
  }),
});

export type BackupFile = z.infer<typeof backupSchema>;
export type BackupTables = BackupFile['tables'];

export class BackupError extends Error {
  override name = 'BackupError';
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new BackupError(`The file is not a backup: it is not valid JSON (${String(error)}).`);
  }
}

function describe(issues: z.core.$ZodIssue[]): string {
  const [first] = issues;
  const where = first?.path.join('.') || '(top)';
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more problems)` : '';
  return `${where}: ${first?.message ?? 'invalid'}${more}`;
}

function duplicates(tables: BackupTables): string | null {
  for (const table of BOOK_TABLES) {
    const seen = new Set<string>();
    for (const record of tables[table]) {
      if (seen.has(record.id)) return `${table} has the id ${record.id} twice`;
      seen.add(record.id);
    }
  }

  return null;
}

type Reference = {
  table: BookTable;
  field: string;
  target: BookTable;
  ids: (record: never) => (string | null)[];
};

const REFERENCES: readonly Reference[] = [
  {
    table: 'prospects',
    field: 'account',
    target: 'accounts',
    ids: (r: { account: string }) => [r.account],
  },
  {
    table: 'inquiries',
    field: 'prospectId',
    target: 'prospects',
    ids: (r: { prospectId: string }) => [r.prospectId],
  },
  {
    table: 'quotations',
    field: 'inquiryId',
    target: 'inquiries',
    ids: (r: { inquiryId: string }) => [r.inquiryId],
  },
  {
    table: 'followUps',
    field: 'inquiryId',
    target: 'inquiries',
    ids: (r: { inquiryId: string }) => [r.inquiryId],
  },
  {
    table: 'followUps',
    field: 'prospectId',
    target: 'prospects',
    ids: (r: { prospectId: string }) => [r.prospectId],
  },
  {
    table: 'activities',
    field: 'prospectId',
    target: 'prospects',
    ids: (r: { prospectId: string }) => [r.prospectId],
  },
  {
    table: 'activities',
    field: 'inquiryId',
    target: 'inquiries',
    ids: (r: { inquiryId: string | null }) => [r.inquiryId],
  },
];

// A partial file (a table cut short, records from two books) points at records it lacks.
function danglingReference(tables: BackupTables): string | null {
  const ids = Object.fromEntries(
    BOOK_TABLES.map((table) => [table, new Set(tables[table].map((record) => record.id))]),
  ) as Record<BookTable, Set<string>>;

  for (const { table, field, target, ids: referenced } of REFERENCES) {
    for (const record of tables[table]) {
      const missing = referenced(record as never).find((id) => id !== null && !ids[target].has(id));
      if (missing)
        return `${table} ${record.id} names ${field} ${missing}, which is not in the file`;
    }
  }

  return null;
}

type Loose = { format?: unknown; schemaVersion?: unknown; exportedAt?: unknown; tables?: unknown };

// A file written by an older book gets the same upgrade the database got (db/schema.ts).
function upgraded(json: Loose): Loose {
  const tables = json.tables as { followUps?: unknown } | undefined;
  if (json.schemaVersion !== 1 || !Array.isArray(tables?.followUps)) return json;

  const at = typeof json.exportedAt === 'number' ? json.exportedAt : 0;
  const followUps = tables.followUps.map((step) => followUpFromVersionOne(step, at));
  return { ...json, schemaVersion: 2, tables: { ...tables, followUps } };
}

export function readBackup(text: string): BackupFile {
  const json = parseJson(text);
  if (typeof json !== 'object' || json === null || (json as Loose).format !== BACKUP_FORMAT) {
    throw new BackupError('The file is not an Inquiry Triage backup.');
  }

  const parsed = backupSchema.safeParse(upgraded(json as Loose));
  if (!parsed.success) {
    throw new BackupError(`The backup is damaged or incomplete: ${describe(parsed.error.issues)}.`);
  }

  if (parsed.data.schemaVersion > LATEST_VERSION) {
    throw new BackupError(
      `The backup comes from a newer version of the extension (book version ${parsed.data.schemaVersion}); update the extension first.`,
    );
  }

  const problem = duplicates(parsed.data.tables) ?? danglingReference(parsed.data.tables);
  if (problem) throw new BackupError(`The backup is inconsistent: ${problem}.`);

  return parsed.data;
}
