import { describe, expect, it } from 'vitest';
import { recordReading } from '../src/background/book/record-reading.ts';
import {
  clickNotification,
  markDone,
  pressNotificationButton,
  snooze,
} from '../src/background/reminders/actions.ts';
import { BADGE_COLORS, badgeOf } from '../src/background/reminders/badge.ts';
import type { NotificationContent, ReminderPorts } from '../src/background/reminders/ports.ts';
import { MAX_STEP_NOTIFICATIONS, sweepReminders } from '../src/background/reminders/sweep.ts';
import type { BookDb } from '../src/db/book-db.ts';
import {
  at,
  buyerInquiry,
  inquiryGrade,
  moment,
  otherGrade,
  ourAnswer,
  reading,
  SHANGHAI,
  testBook,
} from './db/support.ts';

// The reminders against fake browser ports: what the badge says, which notifications go out
// and what their buttons and clicks do, all from the book at a given time.

type Fake = ReminderPorts & {
  errors: string[];
  badge: { text: string; color: string } | null;
  shown: Map<string, NotificationContent>;
  opened: string[];
  changes: number;
};

function fakePorts(
  options: { buttons?: boolean; language?: string; failing?: boolean } = {},
): Fake {
  const fake: Fake = {
    errors: [],
    badge: null,
    shown: new Map(),
    opened: [],
    changes: 0,
    setBadge: async (text, color) => {
      fake.badge = { text, color };
    },
    notify: async (id, content) => {
      if (options.failing) throw new Error('Unable to download all specified images.');
      fake.shown.set(id, content);
    },
    clearNotification: async (id) => void fake.shown.delete(id),
    openTab: async (url) => void fake.opened.push(url),
    todayUrl: () => 'chrome-extension://id/src/panel/index.html#today',
    buttonsSupported: () => options.buttons ?? true,
    uiLanguage: () => options.language ?? 'en-US',
    bookChanged: async () => {
      fake.changes += 1;
    },
    reportError: (context) => void fake.errors.push(context),
  };
  return fake;
}

const sweep = (db: BookDb, ports: ReminderPorts, iso: string) =>
  sweepReminders(db, ports, { now: at(iso), sellerTimeZone: SHANGHAI });

async function inquiryBook(): Promise<BookDb> {
  const db = testBook();
  await recordReading(
    db,
    reading('gmail:t1/m1', buyerInquiry, inquiryGrade('A')),
    moment('2026-03-02T09:05:00Z'),
  );
  return db;
}

async function quotedBook(): Promise<BookDb> {
  const db = await inquiryBook();
  await recordReading(
    db,
    reading('gmail:t1/m2', ourAnswer('2026-03-02T17:10:00'), otherGrade),
    moment('2026-03-02T09:11:00Z'),
  );
  return db;
}

describe('a sweep', () => {
  it('shows nothing before the first step falls due and says when it will', async () => {
    const db = await quotedBook();
    const ports = fakePorts();

    expect(await sweep(db, ports, '2026-03-02T12:00:00Z')).toEqual({
      notified: 0,
      due: 0,
      nextDueAt: at('2026-03-03T08:30:00Z'),
    });
    expect(ports.badge).toEqual({ text: '', color: BADGE_COLORS.due });
    expect(ports.shown.size).toBe(0);
  });

  it('notifies a step once when it falls due, with done and snooze, and counts it on the badge', async () => {
    const db = await quotedBook();
    const ports = fakePorts();
    await sweep(db, ports, '2026-03-03T08:31:00Z');

    expect(ports.badge).toEqual({ text: '1', color: BADGE_COLORS.due });
    expect([...ports.shown.values()]).toEqual([
      {
        title: 'Follow-up due: Hans Keller',
        message: 'Email: Ask whether the quotation arrived',
        contextMessage: 'A · RFQ: 500 pcs DN25 brass ball valves, FOB Ningbo',
        priority: 1,
        buttons: ['Done', 'Snooze 1 hour'],
      },
    ]);
    expect(ports.changes).toBe(1);

    ports.shown.clear();
    await sweep(db, ports, '2026-03-03T08:40:00Z');
    expect(ports.shown.size).toBe(0);
    expect(ports.badge?.text).toBe('1');
  });

  it('raises an alert in red for an A inquiry unanswered past its limit', async () => {
    const db = await inquiryBook();
    const ports = fakePorts({ language: 'zh-CN' });
    await sweep(db, ports, '2026-03-02T09:16:00Z');

    expect(ports.badge).toEqual({ text: '1', color: BADGE_COLORS.alert });
    const [alert] = [...ports.shown.values()];
    expect(alert).toMatchObject({
      title: '已超过回复时限： Hans Keller',
      message: '回复询盘',
      priority: 2,
    });
  });

  it('still counts a step on the badge and tells the panels when its notification fails', async () => {
    const db = await quotedBook();
    const ports = fakePorts({ failing: true });
    await sweep(db, ports, '2026-03-03T08:31:00Z');

    expect(ports.badge?.text).toBe('1');
    expect(ports.changes).toBe(1);
    expect(ports.errors).toEqual([expect.stringMatching(/^showing notification step:/)]);
  });

  it('turns orange when a step has waited more than a day', async () => {
    const db = await quotedBook();
    const ports = fakePorts();
    await sweep(db, ports, '2026-03-04T09:00:00Z');

    expect(ports.badge?.color).toBe(BADGE_COLORS.late);
  });

  it('catches up after days away with a few notifications and one summary', async () => {
    const db = await quotedBook();
    const ports = fakePorts();
    const result = await sweep(db, ports, '2026-03-20T09:00:00Z');

    expect(result.notified).toBe(9);
    expect(ports.shown.size).toBe(MAX_STEP_NOTIFICATIONS + 1);
    expect(ports.shown.get('steps:summary')?.title).toBe('4 more follow-ups are due');
    expect(ports.badge?.text).toBe('9');
  });
});

describe('the user acts on a due step', () => {
  async function dueStep() {
    const db = await quotedBook();
    const ports = fakePorts();
    await sweep(db, ports, '2026-03-03T08:31:00Z');
    const [id] = [...ports.shown.keys()];
    return { db, ports, id: id ?? '', stepId: (id ?? '').replace('step:', '') };
  }

  it('done from the notification closes the step and clears the badge on the next sweep', async () => {
    const { db, ports, id, stepId } = await dueStep();

    expect(await pressNotificationButton(db, ports, id, 0, at('2026-03-03T08:35:00Z'))).toBe(true);
    expect((await db.followUps.get(stepId))?.status).toBe('done');
    expect(ports.shown.size).toBe(0);
    await sweep(db, ports, '2026-03-03T08:35:00Z');
    expect(ports.badge?.text).toBe('');
  });

  it('snooze hides it for an hour, then notifies it again', async () => {
    const { db, ports, id, stepId } = await dueStep();
    await pressNotificationButton(db, ports, id, 1, at('2026-03-03T08:35:00Z'));

    await sweep(db, ports, '2026-03-03T09:00:00Z');
    expect(ports.badge?.text).toBe('');
    expect((await sweep(db, ports, '2026-03-03T09:36:00Z')).notified).toBe(1);
    expect(ports.shown.has(`step:${stepId}`)).toBe(true);
  });

  it('done and snooze on a step already done change nothing', async () => {
    const { db, ports, stepId } = await dueStep();
    await markDone(db, ports, stepId, at('2026-03-03T08:35:00Z'));

    expect(await markDone(db, ports, stepId, at('2026-03-03T08:36:00Z'))).toBe(false);
    expect(await snooze(db, ports, stepId, at('2026-03-03T08:36:00Z'))).toBe(false);
  });

  it('a click opens the thread where notifications have buttons', async () => {
    const { db, ports, id } = await dueStep();
    await clickNotification(db, ports, id);

    expect(ports.opened).toEqual([
      'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXkTbRmJwPcLdNvBsHqZtKrWxY',
    ]);
  });

  it('a click opens the Today view where they have none (Firefox)', async () => {
    const db = await quotedBook();
    const ports = fakePorts({ buttons: false });
    await sweep(db, ports, '2026-03-03T08:31:00Z');
    const [id, content] = [...ports.shown.entries()][0] ?? [];
    await clickNotification(db, ports, id ?? '');

    expect(content?.buttons).toEqual([]);
    expect(ports.opened).toEqual(['chrome-extension://id/src/panel/index.html#today']);
  });
});

describe('the badge', () => {
  it('says 99+ past a hundred due steps, without counting them all', () => {
    expect(badgeOf({ count: 100, capped: true, urgency: 'late' })).toEqual({
      text: '99+',
      color: BADGE_COLORS.late,
    });
    expect(badgeOf({ count: 7, capped: false, urgency: 'alert' })).toEqual({
      text: '7',
      color: BADGE_COLORS.alert,
    });
    expect(badgeOf({ count: 0, capped: false, urgency: 'none' }).text).toBe('');
  });
});
