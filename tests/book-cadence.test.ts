import { describe, expect, it } from 'vitest';
import { gradingContext } from '../src/background/book/grading-context.ts';
import { markQuotationSent } from '../src/background/book/quotation-sent.ts';
import { recordReading } from '../src/background/book/record-reading.ts';
import { accountOf } from '../src/db/accounts.ts';
import type { BookDb } from '../src/db/book-db.ts';
import { dueSummary } from '../src/db/due-queries.ts';
import { localTime } from './core/cadence/fixtures.ts';
import {
  ACCOUNT,
  at,
  buyerInquiry,
  buyerReply,
  inquiryGrade,
  moment,
  OWN_DOMAINS,
  otherGrade,
  ourAnswer,
  reading,
  replyGrade,
  testBook,
} from './db/support.ts';

// The book and the cadence, driven the way the worker drives them: one graded page read at a
// time, with fixed dates. The buyer is in Berlin, the seller in Shanghai.

const BERLIN = 'Europe/Berlin';

async function pending(db: BookDb) {
  const steps = (await db.followUps.toArray()).filter((step) => step.status === 'pending');
  return steps.sort((a, b) => a.dueAt - b.dueAt);
}

const view = (steps: { stepId: string; dueAt: number }[], count = 4) =>
  steps.slice(0, count).map((step) => `${step.stepId} ${localTime(new Date(step.dueAt), BERLIN)}`);

async function quotedBook(): Promise<BookDb> {
  const db = testBook();
  await recordReading(
    db,
    reading('gmail:t1/m1', buyerInquiry, inquiryGrade('A')),
    moment('2026-03-02T09:05:00Z'),
  );
  await recordReading(
    db,
    reading('gmail:t1/m2', ourAnswer('2026-03-02T17:30:00'), otherGrade),
    moment('2026-03-02T09:31:00Z'),
  );
  return db;
}

describe('an inquiry read in Gmail', () => {
  it('opens a prospect and an inquiry, with an alert step at the A limit', async () => {
    const db = testBook();
    const changed = await recordReading(
      db,
      reading('gmail:t1/m1', buyerInquiry, inquiryGrade('A')),
      moment('2026-03-02T09:05:00Z'),
    );

    expect(changed).toBe(true);
    const [prospect] = await db.prospects.toArray();
    expect(prospect).toMatchObject({
      account: 'gmail:mail.google.com/u/0',
      name: 'Hans Keller',
      emails: ['hans.keller@kessler-armaturen.de'],
      domains: ['kessler-armaturen.de'],
      country: 'DE',
      class: 'A',
      stage: 'new',
    });
    const [inquiry] = await db.inquiries.toArray();
    // 17:00 in Shanghai, as the page shows it, is 09:00 UTC.
    expect(inquiry).toMatchObject({
      threadKey: 'gmail:t1',
      receivedAt: at('2026-03-02T09:00:00Z'),
      cadence: null,
    });
    // Within the seller's office hours, an A inquiry is due 15 minutes after it arrived.
    expect(
      (await pending(db)).map((step) => [step.kind, new Date(step.dueAt).toISOString()]),
    ).toEqual([['first-response', '2026-03-02T09:15:00.000Z']]);
    expect(await dueSummary(db, at('2026-03-02T09:16:00Z'))).toEqual({
      count: 1,
      capped: false,
      urgency: 'alert',
    });
  });

  it('acts once however often Gmail redraws the same message', async () => {
    const db = testBook();
    const first = reading('gmail:t1/m1', buyerInquiry, inquiryGrade('A'));
    await recordReading(db, first, moment('2026-03-02T09:05:00Z'));

    expect(await recordReading(db, first, moment('2026-03-02T09:06:00Z'))).toBe(false);
    expect(await db.inquiries.count()).toBe(1);
    expect(await db.followUps.count()).toBe(1);
  });

  it('raises no alert for a C inquiry', async () => {
    const db = testBook();
    await recordReading(
      db,
      reading('gmail:t1/m1', buyerInquiry, inquiryGrade('C')),
      moment('2026-03-02T09:05:00Z'),
    );

    expect(await db.followUps.count()).toBe(0);
  });

  it('keeps two mailbox accounts apart', async () => {
    const db = testBook();
    const second = accountOf('https://mail.google.com/mail/u/1/#inbox/abc');
    if (!second) throw new Error('no account');
    await recordReading(
      db,
      reading('gmail:t1/m1', buyerInquiry, inquiryGrade('A')),
      moment('2026-03-02T09:05:00Z'),
    );
    await recordReading(
      db,
      reading('gmail:t1/m1', buyerInquiry, inquiryGrade('B'), {
        account: second,
        url: 'https://mail.google.com/mail/u/1/#inbox/abc',
      }),
      moment('2026-03-02T09:05:00Z'),
    );

    const prospects = await db.prospects.toArray();
    expect(prospects.map((prospect) => [prospect.account, prospect.class]).sort()).toEqual([
      ['gmail:mail.google.com/u/0', 'A'],
      ['gmail:mail.google.com/u/1', 'B'],
    ]);
  });
});

describe('the quotation starts the cadence', () => {
  it("when the seller's own reply appears in the thread", async () => {
    const db = await quotedBook();

    const [quotation] = await db.quotations.toArray();
    expect(quotation).toMatchObject({
      source: 'detected',
      messageKey: 'gmail:t1/m2',
      sentAt: at('2026-03-02T09:30:00Z'),
    });
    const steps = await pending(db);
    expect(steps.every((step) => step.kind === 'cadence')).toBe(true);
    // T is Monday 10:30 in Berlin: T+1 by email at the start of Tuesday, T+2 by phone.
    expect(view(steps)).toEqual([
      'confirm-receipt-d1 Tue 2026-03-03 09:30',
      'confirm-receipt-d2 Wed 2026-03-04 10:30',
      'ask-feedback-d3 Thu 2026-03-05 09:30',
      'ask-feedback-d4 Fri 2026-03-06 10:30',
    ]);
    expect((await db.prospects.toArray())[0]?.stage).toBe('quoted');
    const [inquiry] = await db.inquiries.toArray();
    expect(inquiry?.cadence).toMatchObject({ state: 'active', stage: 'quoted', inquiryClass: 'A' });
    expect(inquiry?.answeredAt).toBe(at('2026-03-02T09:30:00Z'));
    // The alert step was answered by the quotation.
    expect(
      (await db.followUps.toArray()).find((step) => step.kind === 'first-response')?.status,
    ).toBe('done');
  });

  it('from a free-mail seller, told by the address the buyer wrote to', async () => {
    const db = testBook();
    const toGmail = { ...buyerInquiry, to: [{ name: 'Li Wei', email: 'li.wei.valves@gmail.com' }] };
    const noDomains = { ownDomains: [] };
    await recordReading(
      db,
      reading('gmail:t1/m1', toGmail, inquiryGrade('B'), noDomains),
      moment('2026-03-02T09:05:00Z'),
    );
    const answer = ourAnswer('2026-03-02T17:40:00', 'li.wei.valves@gmail.com');
    await recordReading(
      db,
      reading('gmail:t1/m2', answer, inquiryGrade('C'), noDomains),
      moment('2026-03-02T09:45:00Z'),
    );

    expect(await db.quotations.count()).toBe(1);
    expect((await db.accounts.get(ACCOUNT.id))?.ownAddresses).toEqual(['li.wei.valves@gmail.com']);
  });

  it('with one click from the panel, counted from the click', async () => {
    const db = testBook();
    const open = {
      ...reading('gmail:t1/m1', buyerInquiry, inquiryGrade('B')),
      grade: inquiryGrade('B'),
    };

    expect(await markQuotationSent(db, open, moment('2026-03-02T10:00:00Z'))).toBe(true);
    expect(await markQuotationSent(db, open, moment('2026-03-02T10:05:00Z'))).toBe(false);
    const [quotation] = await db.quotations.toArray();
    expect(quotation).toMatchObject({ source: 'manual', sentAt: at('2026-03-02T10:00:00Z') });
    expect(view(await pending(db), 1)).toEqual(['confirm-receipt-d1 Tue 2026-03-03 09:30']);
  });
});

describe("the buyer's reply changes the plan by its kind", () => {
  it('is graded as a reply to our quotation: the book tells the grader', async () => {
    const db = await quotedBook();
    const reply = buyerReply(
      '2026-03-04T18:00:00',
      'Thanks, we got several offers and are reviewing them.',
    );

    expect(
      await gradingContext(db, {
        account: ACCOUNT,
        messageKey: 'gmail:t1/m3',
        message: reply,
        ownDomains: OWN_DOMAINS,
      }),
    ).toEqual({ ourQuoteSent: true });
    // The inquiry itself, read again, is still the inquiry.
    expect(
      await gradingContext(db, {
        account: ACCOUNT,
        messageKey: 'gmail:t1/m1',
        message: buyerInquiry,
        ownDomains: OWN_DOMAINS,
      }),
    ).toEqual({});
  });

  it('comparing offers: weekly asks replace the quote steps, stage prospect', async () => {
    const db = await quotedBook();
    const reply = buyerReply(
      '2026-03-04T18:00:00',
      'We got several offers and are reviewing them.',
    );
    await recordReading(
      db,
      reading('gmail:t1/m3', reply, replyGrade('comparing_offers')),
      moment('2026-03-04T10:00:00Z'),
    );

    expect(view(await pending(db), 2)).toEqual([
      'weekly-ask-d7 Wed 2026-03-11 09:30',
      'weekly-ask-d14 Wed 2026-03-18 09:30',
    ]);
    expect((await db.prospects.toArray())[0]?.stage).toBe('prospect');
    const cancelled = (await db.followUps.toArray()).filter((step) => step.status === 'cancelled');
    expect(cancelled.map((step) => step.stepId)).toContain('confirm-receipt-d2');
  });

  it('bargaining pauses the plan until the seller answers, then the quote steps start again', async () => {
    const db = await quotedBook();
    const reply = buyerReply('2026-03-04T18:00:00', 'Your price is high, can you cut 5%?');
    await recordReading(
      db,
      reading('gmail:t1/m3', reply, replyGrade('bargaining')),
      moment('2026-03-04T10:00:00Z'),
    );

    expect(await pending(db)).toEqual([]);
    expect((await db.inquiries.toArray())[0]?.cadence?.state).toBe('paused');
    expect((await db.prospects.toArray())[0]?.stage).toBe('negotiating');

    await recordReading(
      db,
      reading('gmail:t1/m4', ourAnswer('2026-03-05T16:00:00'), otherGrade),
      moment('2026-03-05T08:05:00Z'),
    );
    expect((await db.inquiries.toArray())[0]?.cadence?.state).toBe('active');
    expect(view(await pending(db), 1)).toEqual(['confirm-receipt-d1 Fri 2026-03-06 09:30']);
  });

  it('an unsubscribe request stops for good, stage lost', async () => {
    const db = await quotedBook();
    const reply = buyerReply(
      '2026-03-04T18:00:00',
      'Not interested, please remove me from your list.',
    );
    const grade = replyGrade('not_interested', 'please remove me from your list');
    await recordReading(db, reading('gmail:t1/m3', reply, grade), moment('2026-03-04T10:00:00Z'));

    expect(await pending(db)).toEqual([]);
    expect((await db.prospects.toArray())[0]?.stage).toBe('lost');
  });

  it('a reply in a new thread still answers the latest quotation', async () => {
    const db = await quotedBook();
    const reply = {
      ...buyerReply('2026-03-04T18:00:00', 'Can you send a sample first?'),
      subject: 'Sample',
    };
    await recordReading(
      db,
      reading('gmail:t9/m1', reply, replyGrade('sample_request')),
      moment('2026-03-04T10:00:00Z'),
    );

    expect(view(await pending(db), 1)).toEqual(['sample-sent-d2 Fri 2026-03-06 09:30']);
    expect((await db.prospects.toArray())[0]?.stage).toBe('sampling');
  });

  it("the seller's follow-up email while the plan runs marks the due email step done", async () => {
    const db = await quotedBook();
    await recordReading(
      db,
      reading('gmail:t1/m3', ourAnswer('2026-03-03T16:40:00'), otherGrade),
      moment('2026-03-03T08:45:00Z'),
    );

    const done = (await db.followUps.toArray()).filter((step) => step.status === 'done');
    expect(done.map((step) => step.stepId).sort()).toEqual([
      'confirm-receipt-d1',
      'first-response',
    ]);
  });
});
