import { parse } from 'papaparse';
import { describe, expect, it, vi } from 'vitest';
import { BackupError, readBackup } from '../src/background/backup/backup-file.ts';
import { followUpsCsv, prospectsCsv } from '../src/background/backup/csv-export.ts';
import { upcomingIcs } from '../src/background/backup/ics-export.ts';
import { exportBook, restoreBook } from '../src/background/backup/json-backup.ts';
import { editProspect } from '../src/background/book/edit-prospect.ts';
import { recordReading } from '../src/background/book/record-reading.ts';
import { BOOK_TABLES, type BookDb } from '../src/db/book-db.ts';
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

// Backup and exchange: the whole book out as JSON and back, refused whole when the file is
// wrong; spreadsheets Excel opens with Chinese intact; a calendar of what is coming.

async function filledBook(): Promise<BookDb> {
  const db = testBook();
  const chinese = { ...buyerInquiry, from: { name: '王芳', email: 'wang.fang@acme-trading.cn' } };
  await recordReading(
    db,
    reading('gmail:t1/m1', chinese, inquiryGrade('A')),
    moment('2026-03-02T09:05:00Z'),
  );
  await recordReading(
    db,
    reading(
      'gmail:t1/m2',
      {
        ...ourAnswer('2026-03-02T17:10:00'),
        to: [{ name: null, email: 'wang.fang@acme-trading.cn' }],
      },
      otherGrade,
    ),
    moment('2026-03-02T09:11:00Z'),
  );
  const [prospect] = await db.prospects.toArray();
  await editProspect(
    db,
    {
      type: 'update-prospect',
      prospectId: prospect?.id ?? '',
      notes: '=HYPERLINK("x") 老客户介绍',
      tags: ['阀门'],
    },
    at('2026-03-02T10:00:00Z'),
  );
  return db;
}

async function snapshot(db: BookDb) {
  return Object.fromEntries(
    await Promise.all(BOOK_TABLES.map(async (table) => [table, await db.table(table).toArray()])),
  );
}

describe('the JSON backup', () => {
  it('restores into an empty book exactly what was exported', async () => {
    const source = await filledBook();
    const text = JSON.stringify(await exportBook(source, at('2026-03-03T00:00:00Z')));
    const target = testBook();

    const report = await restoreBook(target, text);
    expect(report.followUps).toBeGreaterThan(10);
    expect(await snapshot(target)).toEqual(await snapshot(source));
  });

  it('replaces what the book had', async () => {
    const source = await filledBook();
    const text = JSON.stringify(await exportBook(source, 0));
    const target = await filledBook();

    await restoreBook(target, text);
    expect(await snapshot(target)).toEqual(await snapshot(source));
  });

  it.each([
    ['not JSON', '{"format": "inquiry-triage-book", ', /not valid JSON/],
    [
      'a foreign file',
      JSON.stringify({ name: 'my contacts', contacts: [] }),
      /not an Inquiry Triage backup/,
    ],
    ['JSON that is not an object', '[1, 2, 3]', /not an Inquiry Triage backup/],
  ])('refuses %s, and the book stays as it was', async (_, text, message) => {
    const db = await filledBook();
    const before = await snapshot(db);

    await expect(restoreBook(db, text)).rejects.toThrow(message);
    expect(await snapshot(db)).toEqual(before);
  });

  it('refuses a partial file: a table missing, a record cut short, a reference to nothing', async () => {
    const db = await filledBook();
    const before = await snapshot(db);
    const file = await exportBook(db, 0);

    const noSteps = { ...file, tables: { ...file.tables, followUps: undefined } };
    await expect(restoreBook(db, JSON.stringify(noSteps))).rejects.toThrow(
      /damaged or incomplete: tables.followUps/,
    );

    const [first, ...rest] = file.tables.inquiries;
    const cut = {
      ...file,
      tables: { ...file.tables, inquiries: [{ ...first, class: undefined }, ...rest] },
    };
    await expect(restoreBook(db, JSON.stringify(cut))).rejects.toThrow(/tables.inquiries.0.class/);

    const orphans = { ...file, tables: { ...file.tables, inquiries: [] } };
    await expect(restoreBook(db, JSON.stringify(orphans))).rejects.toThrow(
      /names inquiryId .*, which is not in the file/,
    );

    const newer = { ...file, schemaVersion: 99 };
    await expect(restoreBook(db, JSON.stringify(newer))).rejects.toThrow(/newer version/);
    expect(await snapshot(db)).toEqual(before);
  });

  it('leaves the book as it was when a write fails half way', async () => {
    const db = await filledBook();
    const before = await snapshot(db);
    const text = JSON.stringify(await exportBook(await filledBook(), 0));
    vi.spyOn(db.activities, 'bulkAdd').mockRejectedValueOnce(new Error('disk full'));

    await expect(restoreBook(db, text)).rejects.toThrow('disk full');
    expect(await snapshot(db)).toEqual(before);
  });

  it('reads a backup written by book version 1', async () => {
    const file = await exportBook(await filledBook(), at('2026-03-03T12:00:00Z'));
    const v1Steps = file.tables.followUps.map(
      ({ snoozedUntil: _s, notifiedAt: _n, pendingDueAt: _p, notifyAt: _q, ...step }) => step,
    );
    const v1 = { ...file, schemaVersion: 1, tables: { ...file.tables, followUps: v1Steps } };

    const read = readBackup(JSON.stringify(v1));
    const due = read.tables.followUps.filter(
      (step) => step.status === 'pending' && step.dueAt <= at('2026-03-03T12:00:00Z'),
    );
    expect(due.length).toBeGreaterThan(0);
    expect(due.every((step) => step.notifiedAt === at('2026-03-03T12:00:00Z'))).toBe(true);
  });

  it('names what is wrong in a BackupError', () => {
    expect(() => readBackup('')).toThrow(BackupError);
  });
});

describe('exports', () => {
  it('writes prospects as CSV that Excel opens as UTF-8, formulas defused', async () => {
    const csv = await prospectsCsv(await filledBook(), 'zh', SHANGHAI);

    expect(csv.startsWith('\uFEFF姓名,邮箱,公司')).toBe(true);
    expect(csv).toContain('\r\n');
    const rows = parse<string[]>(csv.slice(1)).data;
    expect(rows[1]?.slice(0, 2)).toEqual(['王芳', 'wang.fang@acme-trading.cn']);
    // A note starting with "=" stays text, not a formula.
    expect(rows[1]?.[8]).toBe('\'=HYPERLINK("x") 老客户介绍');
  });

  it('writes every follow-up with its local due time and status', async () => {
    const csv = await followUpsCsv(await filledBook(), 'en', SHANGHAI);
    const rows = parse<string[]>(csv.slice(1)).data;

    expect(rows[0]?.slice(0, 4)).toEqual(['Due', 'Status', 'Step', 'Name']);
    expect(rows[1]?.slice(0, 4)).toEqual([
      '2026-03-02 17:15',
      'done',
      'Answer the inquiry',
      '王芳',
    ]);
    expect(rows[2]?.slice(0, 3)).toEqual([
      '2026-03-03 16:30',
      'to do',
      'Email: Ask whether the quotation arrived',
    ]);
  });

  it('writes the coming follow-ups as calendar events', async () => {
    const ics = await upcomingIcs(await filledBook(), at('2026-03-03T00:00:00Z'), 'en', 7);

    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(5);
    expect(ics).toContain('DTSTART:20260303T083000Z');
    expect(ics).toMatch(/SUMMARY:Email: Ask whether the quotation arrived: 王芳/);
    expect(ics).toMatch(/UID:[0-9a-f-]+@inquiry-triage/);
  });

  it('writes an empty calendar when nothing is coming', async () => {
    const ics = await upcomingIcs(testBook(), 0, 'en');
    expect(ics).toContain('BEGIN:VCALENDAR');
  });
});
