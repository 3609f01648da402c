import type { Transaction } from 'dexie';
import { withDueIndex } from './due-index.ts';
import type { FollowUpRecord } from './records.ts';

// Every schema the book has had, oldest first. A version is never edited once released: a
// change is a new entry, with an upgrade that turns the previous version's records into this
// one's, tested on records written by the previous version (tests/db/migrations.test.ts).

export type UpgradeContext = { now: number };

export type SchemaVersion = {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (transaction: Transaction, context: UpgradeContext) => Promise<void>;
};

// Version 1, the prospect book (issue 6): follow-ups found by status and due time.
const BOOK: SchemaVersion = {
  version: 1,
  stores: {
    accounts: 'id',
    prospects: 'id, account, *emailKeys, *domainKeys, [account+stage], updatedAt',
    inquiries: 'id, account, prospectId, [account+threadKey], [account+messageKey]',
    quotations: 'id, account, inquiryId, [account+messageKey]',
    followUps: 'id, account, inquiryId, prospectId, [status+dueAt]',
    activities: 'id, account, [prospectId+at], [account+messageKey]',
  },
};

type VersionOneStep = Omit<FollowUpRecord, 'snoozedUntil' | 'notifiedAt'>;

// Shared with backups written by version 1 (backup/backup-file.ts).
export function followUpFromVersionOne(step: VersionOneStep, now: number): FollowUpRecord {
  const notifiedAt = step.status === 'pending' && step.dueAt <= now ? now : null;
  return withDueIndex({ ...step, snoozedUntil: null, notifiedAt });
}

// Version 2, reminders (issue 7): steps can be snoozed and are notified once, so "due" is
// the end of a snooze where there is one, and what was notified is remembered. Steps already
// due at the upgrade count as notified: version 1 never notified, and a flood of old steps
// on the first start of version 2 would bury the new ones (they still show in the badge).
const REMINDERS: SchemaVersion = {
  version: 2,
  stores: {
    followUps:
      'id, account, inquiryId, prospectId, pendingDueAt, notifyAt, [kind+pendingDueAt], [account+pendingDueAt]',
  },
  async upgrade(transaction, { now }) {
    await transaction
      .table('followUps')
      .toCollection()
      .modify((step: VersionOneStep, ref) => {
        ref.value = followUpFromVersionOne(step, now);
      });
  },
};

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [BOOK, REMINDERS];

export const LATEST_VERSION = SCHEMA_VERSIONS.at(-1)?.version ?? 1;
