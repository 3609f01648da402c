import type { BookDb } from '../../db/book-db.ts';
import { newId } from '../../db/keys.ts';
import type { ActivityKind, ActivityRecord } from '../../db/records.ts';

type Entry = {
  account: string;
  prospectId: string;
  inquiryId?: string | null;
  kind: ActivityKind;
  detail?: string;
  messageKey?: string | null;
};

export async function addActivity(db: BookDb, entry: Entry, at: number): Promise<void> {
  const record: ActivityRecord = {
    id: newId(),
    account: entry.account,
    prospectId: entry.prospectId,
    inquiryId: entry.inquiryId ?? null,
    at,
    kind: entry.kind,
    detail: entry.detail ?? '',
    messageKey: entry.messageKey ?? null,
  };
  await db.activities.add(record);
}

// A message already acted on: Gmail redraws a thread often, and each redraw is read again.
export async function alreadySeen(
  db: BookDb,
  account: string,
  messageKey: string,
): Promise<boolean> {
  const seen = await db.activities
    .where('[account+messageKey]')
    .equals([account, messageKey])
    .first();
  return seen !== undefined;
}
