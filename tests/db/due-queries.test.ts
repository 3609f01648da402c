import { describe, expect, it } from 'vitest';
import { withDueIndex } from '../../src/db/due-index.ts';
import {
  BADGE_COUNT_CAP,
  dueSummary,
  listDueSteps,
  nextDueAfter,
  takeNewlyDue,
} from '../../src/db/due-queries.ts';
import type { FollowUpRecord } from '../../src/db/records.ts';
import { at, testBook } from './support.ts';

const step = (id: string, dueAt: string, extra: Partial<FollowUpRecord> = {}): FollowUpRecord =>
  withDueIndex({
    id,
    account: 'gmail:mail.google.com/u/0',
    inquiryId: 'inquiry-1',
    prospectId: 'prospect-1',
    kind: 'cadence',
    stepId: id,
    day: 1,
    channel: 'email',
    purpose: 'confirm-receipt',
    dueAt: at(dueAt),
    callBy: null,
    status: 'pending',
    snoozedUntil: null,
    notifiedAt: null,
    doneAt: null,
    threadUrl: 'https://mail.google.com/mail/u/0/#inbox/abc',
    createdAt: 0,
    ...extra,
  });

const NOW = '2026-03-10T12:00:00Z';

describe('due steps as range queries', () => {
  it('counts what is due, oldest first, leaving done, cancelled and snoozed steps out', async () => {
    const db = testBook();
    await db.followUps.bulkAdd([
      step('yesterday', '2026-03-09T08:00:00Z'),
      step('this-morning', '2026-03-10T08:00:00Z'),
      step('tomorrow', '2026-03-11T08:00:00Z'),
      step('done', '2026-03-10T07:00:00Z', { status: 'done' }),
      step('cancelled', '2026-03-10T07:00:00Z', { status: 'cancelled' }),
      step('snoozed', '2026-03-10T07:00:00Z', { snoozedUntil: at('2026-03-10T13:00:00Z') }),
    ]);

    expect((await listDueSteps(db, at(NOW), 10)).map((due) => due.id)).toEqual([
      'yesterday',
      'this-morning',
    ]);
    expect(await dueSummary(db, at(NOW))).toEqual({ count: 2, capped: false, urgency: 'late' });
    expect(await nextDueAfter(db, at(NOW))).toBe(at('2026-03-10T13:00:00Z'));
    expect(await dueSummary(db, at('2026-03-10T13:00:00Z'))).toEqual({
      count: 3,
      capped: false,
      urgency: 'late',
    });
  });

  it('colours by urgency: alert over late over due, none when nothing is', async () => {
    const db = testBook();
    expect(await dueSummary(db, at(NOW))).toEqual({ count: 0, capped: false, urgency: 'none' });

    await db.followUps.add(step('fresh', '2026-03-10T11:00:00Z'));
    expect(await dueSummary(db, at(NOW))).toEqual({ count: 1, capped: false, urgency: 'due' });

    await db.followUps.add(
      step('answer', '2026-03-10T11:30:00Z', { kind: 'first-response', purpose: 'first-response' }),
    );
    expect(await dueSummary(db, at(NOW))).toEqual({ count: 2, capped: false, urgency: 'alert' });
  });

  it('hands each newly due step to one sweep only', async () => {
    const db = testBook();
    await db.followUps.bulkAdd([
      step('a', '2026-03-10T08:00:00Z'),
      step('b', '2026-03-10T09:00:00Z'),
    ]);

    const [first, second] = await Promise.all([
      takeNewlyDue(db, at(NOW)),
      takeNewlyDue(db, at(NOW)),
    ]);
    expect([...first, ...second].map((due) => due.id).sort()).toEqual(['a', 'b']);
    expect(await takeNewlyDue(db, at(NOW))).toEqual([]);
    expect((await db.followUps.get('a'))?.notifiedAt).toBe(at(NOW));
    // Notified steps are still due until done.
    expect((await dueSummary(db, at(NOW))).count).toBe(2);
  });

  it('stops counting at the badge cap', async () => {
    const db = testBook();
    const many = Array.from({ length: BADGE_COUNT_CAP + 50 }, (_, index) =>
      step(`s${index}`, '2026-03-10T08:00:00Z'),
    );
    await db.followUps.bulkAdd(many);

    expect(await dueSummary(db, at(NOW))).toEqual({
      count: BADGE_COUNT_CAP,
      capped: true,
      urgency: 'due',
    });
  });
});
