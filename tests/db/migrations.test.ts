import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { BookDb } from '../../src/db/book-db.ts';
import { dueSummary, takeNewlyDue } from '../../src/db/due-queries.ts';
import { SCHEMA_VERSIONS } from '../../src/db/schema.ts';

// Each schema version is opened on records written by the version before it, in the same
// IndexedDB, the way a user's browser meets an update.

const UPGRADE_AT = Date.parse('2026-03-10T08:00:00Z');

function books() {
  const indexedDB = new IDBFactory();
  const open = (upToVersion?: number) =>
    new BookDb('book', { indexedDB, IDBKeyRange, upToVersion, now: () => UPGRADE_AT });
  return open;
}

// A follow-up as version 1 wrote it: no snooze, no notification bookkeeping.
const versionOneStep = (id: string, dueAt: string, status = 'pending') => ({
  id,
  account: 'gmail:mail.google.com/u/0',
  inquiryId: 'inquiry-1',
  prospectId: 'prospect-1',
  kind: 'cadence',
  stepId: `ask-feedback-${id}`,
  day: 3,
  channel: 'email',
  purpose: 'ask-feedback',
  dueAt: Date.parse(dueAt),
  callBy: null,
  status,
  doneAt: null,
  threadUrl: 'https://mail.google.com/mail/u/0/#inbox/abc',
  createdAt: Date.parse('2026-03-02T09:00:00Z'),
});

describe('schema versions', () => {
  it('are numbered in order from 1, each with its stores', () => {
    expect(SCHEMA_VERSIONS.map((entry) => entry.version)).toEqual(
      SCHEMA_VERSIONS.map((_, index) => index + 1),
    );
  });

  it('version 2 indexes version 1 follow-ups by due time, and takes the past as notified', async () => {
    const open = books();
    const v1 = open(1);
    await v1
      .table('followUps')
      .bulkAdd([
        versionOneStep('past', '2026-03-05T08:30:00Z'),
        versionOneStep('future', '2026-03-12T08:30:00Z'),
        versionOneStep('done', '2026-03-04T08:30:00Z', 'done'),
      ]);
    await v1.table('prospects').add({
      id: 'prospect-1',
      account: 'gmail:mail.google.com/u/0',
      emailKeys: [],
      domainKeys: [],
    });
    v1.close();

    const v2 = open();
    await v2.open();
    expect(v2.verno).toBe(2);

    const steps = Object.fromEntries((await v2.followUps.toArray()).map((step) => [step.id, step]));
    expect(steps.past).toMatchObject({
      snoozedUntil: null,
      notifiedAt: UPGRADE_AT,
      pendingDueAt: Date.parse('2026-03-05T08:30:00Z'),
    });
    expect(steps.past).not.toHaveProperty('notifyAt');
    expect(steps.future).toMatchObject({
      notifiedAt: null,
      notifyAt: Date.parse('2026-03-12T08:30:00Z'),
    });
    expect(steps.done).not.toHaveProperty('pendingDueAt');

    // Still due, but no flood of notifications for what version 1 already showed.
    expect(await dueSummary(v2, UPGRADE_AT)).toEqual({ count: 1, capped: false, urgency: 'late' });
    expect(await takeNewlyDue(v2, UPGRADE_AT)).toEqual([]);
    expect(
      (await takeNewlyDue(v2, Date.parse('2026-03-12T09:00:00Z'))).map((step) => step.id),
    ).toEqual(['future']);
    // Records of tables the upgrade did not touch come through unchanged.
    expect(await v2.prospects.get('prospect-1')).toMatchObject({
      account: 'gmail:mail.google.com/u/0',
    });
    v2.close();
  });
});
