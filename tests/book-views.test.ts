import { describe, expect, it } from 'vitest';
import { editProspect } from '../src/background/book/edit-prospect.ts';
import { recordReading } from '../src/background/book/record-reading.ts';
import { buyerView, todayView } from '../src/background/book/views.ts';
import {
  ACCOUNT,
  at,
  buyerInquiry,
  inquiryGrade,
  moment,
  OWN_DOMAINS,
  otherGrade,
  ourAnswer,
  reading,
  testBook,
} from './db/support.ts';

// What the panel's Today view and buyer card are given, read from the book.

async function book() {
  const db = testBook();
  await recordReading(
    db,
    reading('gmail:t1/m1', buyerInquiry, inquiryGrade('A')),
    moment('2026-03-02T09:05:00Z'),
  );
  const other = { ...buyerInquiry, from: { name: 'Omar Haddad', email: 'omar@gulf-fittings.ae' } };
  await recordReading(
    db,
    reading('gmail:t2/m1', other, inquiryGrade('B')),
    moment('2026-03-02T09:06:00Z'),
  );
  await recordReading(
    db,
    reading('gmail:t1/m2', ourAnswer('2026-03-02T17:10:00'), otherGrade),
    moment('2026-03-02T09:11:00Z'),
  );
  return db;
}

describe('the Today view', () => {
  it('lists due steps across prospects, alerts first, with buyer and thread', async () => {
    const db = await book();
    const view = await todayView(db, at('2026-03-03T09:00:00Z'));

    expect(view.total).toBe(2);
    expect(
      view.steps.map((step) => [step.purpose, step.urgency, step.buyer.name, step.inquiryClass]),
    ).toEqual([
      ['first-response', 'alert', 'Omar Haddad', 'B'],
      ['confirm-receipt', 'due', 'Hans Keller', 'A'],
    ]);
    expect(view.steps[1]?.threadUrl).toBe(
      'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXkTbRmJwPcLdNvBsHqZtKrWxY',
    );
  });

  it('is empty when nothing is due yet', async () => {
    expect(await todayView(await book(), at('2026-03-02T09:12:00Z'))).toEqual({
      now: at('2026-03-02T09:12:00Z'),
      total: 0,
      steps: [],
    });
  });
});

describe('the buyer card', () => {
  it('shows the buyer of the open message, or of the seller’s answer to them', async () => {
    const db = await book();
    const fromBuyer = await buyerView(db, ACCOUNT, buyerInquiry, OWN_DOMAINS);
    const fromSeller = await buyerView(db, ACCOUNT, ourAnswer('2026-03-02T17:10:00'), OWN_DOMAINS);

    expect(fromBuyer?.prospect).toMatchObject({
      name: 'Hans Keller',
      stage: 'quoted',
      country: 'DE',
    });
    expect(fromSeller?.prospect.id).toBe(fromBuyer?.prospect.id);
    expect(fromBuyer?.inquiries).toEqual([
      expect.objectContaining({
        class: 'A',
        planState: 'active',
        quotedAt: at('2026-03-02T09:10:00Z'),
        nextStep: {
          purpose: 'confirm-receipt',
          channel: 'email',
          dueAt: at('2026-03-03T08:30:00Z'),
        },
      }),
    ]);
    // Newest first; the answer and the quotation it carried share a moment.
    expect(fromBuyer?.history.map((entry) => entry.kind).at(-1)).toBe('inquiry-read');
    expect(fromBuyer?.history.map((entry) => entry.kind).sort()).toEqual([
      'inquiry-read',
      'own-reply',
      'quotation-sent',
    ]);
  });

  it('takes the user’s notes, tags and stage, and writes them in the history', async () => {
    const db = await book();
    const before = await buyerView(db, ACCOUNT, buyerInquiry, OWN_DOMAINS);
    const prospectId = before?.prospect.id ?? '';
    const edit = {
      type: 'update-prospect' as const,
      prospectId,
      notes: 'Prefers WhatsApp',
      tags: ['DIN', 'DIN', 'valves'],
    };

    expect(await editProspect(db, edit, at('2026-03-03T10:00:00Z'))).toBe(true);
    expect(await editProspect(db, edit, at('2026-03-03T10:01:00Z'))).toBe(false);
    expect(
      await editProspect(
        db,
        { type: 'update-prospect', prospectId, stage: 'sampling' },
        at('2026-03-03T10:02:00Z'),
      ),
    ).toBe(true);

    const after = await buyerView(db, ACCOUNT, buyerInquiry, OWN_DOMAINS);
    expect(after?.prospect).toMatchObject({
      notes: 'Prefers WhatsApp',
      tags: ['DIN', 'valves'],
      stage: 'sampling',
    });
    expect(after?.history.slice(0, 2).map((entry) => entry.detail)).toEqual([
      'stage sampling',
      'notes, tags',
    ]);
  });

  it('is null for a sender the book does not know', async () => {
    const stranger = { ...buyerInquiry, from: { name: 'X', email: 'x@nowhere.example' }, to: [] };
    expect(await buyerView(await book(), ACCOUNT, stranger, OWN_DOMAINS)).toBeNull();
  });
});
