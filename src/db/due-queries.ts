import { Dexie } from 'dexie';
import type { BookDb } from './book-db.ts';
import type { FollowUpRecord } from './records.ts';

// "What is due" as range queries on the sparse indexes (due-index.ts): their cost follows
// the number of open steps in the range, not the size of the book.

export type Urgency = 'alert' | 'late' | 'due' | 'none';

// The badge has room for "99+": counting further would walk every due key (Chrome's
// IndexedDB counts a range entry by entry, 20-70 ms for 2,000 due steps on a busy machine),
// so the count stops at BADGE_COUNT_CAP and says whether it did.
export const BADGE_COUNT_CAP = 100;

export type DueSummary = { count: number; capped: boolean; urgency: Urgency };

// A step still open a day after it fell due is late; an A or B inquiry past its response
// limit is an alert, whatever else is due.
export const LATE_AFTER_MS = 24 * 60 * 60 * 1000;

export const dueSteps = (db: BookDb, now: number) =>
  db.followUps.where('pendingDueAt').belowOrEqual(now);

const firstOf = <T>(collection: { limit(n: number): { primaryKeys(): Promise<T[]> } }) =>
  collection.limit(1).primaryKeys();

// One read transaction, three index probes side by side, each stopping early.
export function dueSummary(db: BookDb, now: number): Promise<DueSummary> {
  return db.transaction('r', db.followUps, async () => {
    const [due, alerts, late] = await Promise.all([
      dueSteps(db, now).limit(BADGE_COUNT_CAP).primaryKeys(),
      firstOf(
        db.followUps
          .where('[kind+pendingDueAt]')
          .between(['first-response', Dexie.minKey], ['first-response', now], true, true),
      ),
      firstOf(db.followUps.where('pendingDueAt').below(now - LATE_AFTER_MS)),
    ]);

    const count = due.length;
    const capped = count >= BADGE_COUNT_CAP;
    if (count === 0) return { count, capped, urgency: 'none' };
    if (alerts.length > 0) return { count, capped, urgency: 'alert' };
    return { count, capped, urgency: late.length > 0 ? 'late' : 'due' };
  });
}

// Oldest first: the step waiting longest heads the list.
export function listDueSteps(db: BookDb, now: number, limit: number): Promise<FollowUpRecord[]> {
  return dueSteps(db, now).limit(limit).toArray();
}

// The index key alone: the record itself is not needed to set an alarm.
export async function nextDueAfter(db: BookDb, now: number): Promise<number | null> {
  const [next] = await db.followUps.where('pendingDueAt').above(now).limit(1).keys();
  return typeof next === 'number' ? next : null;
}

// Steps that fell due and were not notified yet, marked notified in the same transaction: a
// second sweep running at once (an alarm and a worker start) finds them taken.
export async function takeNewlyDue(db: BookDb, now: number): Promise<FollowUpRecord[]> {
  // Most sweeps find nothing new: a read first spares them a write transaction.
  const probe = db.followUps.where('notifyAt').belowOrEqual(now);
  if ((await firstOf(probe)).length === 0) return [];

  return db.transaction('rw', db.followUps, async () => {
    const fresh = await db.followUps.where('notifyAt').belowOrEqual(now).toArray();
    const ids = fresh.map((step) => step.id);
    await db.followUps
      .where('id')
      .anyOf(ids)
      .modify((step) => {
        step.notifiedAt = now;
        delete step.notifyAt;
      });

    return fresh.map(({ notifyAt: _taken, ...step }) => ({ ...step, notifiedAt: now }));
  });
}
