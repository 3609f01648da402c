import type { Grade, InquiryGrade } from '../../core/grade-types.ts';
import type { MailMessage } from '../../core/message.ts';
import type { AccountRef } from '../../db/accounts.ts';
import type { BookDb } from '../../db/book-db.ts';
import { newId, threadKeyOf } from '../../db/keys.ts';
import type { AccountRecord, InquiryRecord } from '../../db/records.ts';
import { addActivity, alreadySeen } from './activity.ts';
import { applyBuyerReply, applySellerMessage, type Moment } from './cadence.ts';
import { isOwnMessage, type Writer, writerOf } from './identity.ts';
import { messageTime } from './mail-time.ts';
import { prospectForInquiry } from './prospects.ts';
import { firstResponseStep } from './steps.ts';
import { buyerInquiry, threadInquiry } from './threads.ts';

// What a graded message does to the book: an inquiry opens a record, the seller's own
// message in its thread starts or moves the cadence, a buyer's reply changes the plan. Each
// message acts once, however often the page is redrawn and read again.

export type Reading = {
  account: AccountRef;
  url: string;
  messageKey: string;
  message: MailMessage;
  grade: Grade;
  ownDomains: readonly string[];
};

async function ensureAccount(db: BookDb, ref: AccountRef, now: number): Promise<AccountRecord> {
  const found = await db.accounts.get(ref.id);
  if (found) return found;

  const account: AccountRecord = { ...ref, ownAddresses: [], createdAt: now };
  await db.accounts.add(account);
  return account;
}

async function learnOwnAddress(db: BookDb, account: AccountRecord, from: string | null) {
  if (!from || account.ownAddresses.includes(from)) return;

  await db.accounts.put({ ...account, ownAddresses: [...account.ownAddresses, from] });
}

function recipientsOf(message: MailMessage): string[] {
  return [...message.to, ...message.cc]
    .map((address) => address.email?.trim().toLowerCase())
    .filter((email): email is string => Boolean(email));
}

async function recordInquiry(
  db: BookDb,
  reading: Reading,
  grade: InquiryGrade,
  writer: Writer,
  { now, sellerTimeZone }: Moment,
): Promise<void> {
  const account = reading.account.id;
  const prospect = await prospectForInquiry(db, account, writer, grade.class, now);
  const inquiry: InquiryRecord = {
    id: newId(),
    account,
    prospectId: prospect.id,
    threadKey: threadKeyOf(reading.messageKey),
    messageKey: reading.messageKey,
    threadUrl: reading.url,
    subject: reading.message.subject,
    receivedAt: messageTime(reading.message.date, sellerTimeZone, now),
    gradedAt: now,
    class: grade.class,
    total: grade.total,
    factors: grade.factors,
    evidence: grade.evidence,
    redFlags: grade.redFlags,
    overrides: [],
    recipients: recipientsOf(reading.message),
    answeredAt: null,
    cadence: null,
  };
  await db.inquiries.add(inquiry);

  const firstResponse = firstResponseStep(inquiry, sellerTimeZone, now);
  if (firstResponse) await db.followUps.add(firstResponse);

  const detail = `${grade.class} ${grade.total}`;
  const entry = { account, prospectId: prospect.id, inquiryId: inquiry.id };
  await addActivity(
    db,
    { ...entry, kind: 'inquiry-read', detail, messageKey: reading.messageKey },
    now,
  );
}

// Returns whether the book changed.
async function record(db: BookDb, reading: Reading, moment: Moment): Promise<boolean> {
  const { now, sellerTimeZone } = moment;
  const account = await ensureAccount(db, reading.account, now);
  if (await alreadySeen(db, account.id, reading.messageKey)) return false;

  const writer = writerOf(reading.message, reading.ownDomains);
  const threadKey = threadKeyOf(reading.messageKey);
  const inThread = await threadInquiry(db, account.id, threadKey);
  const buyer = inThread ? await db.prospects.get(inThread.prospectId) : undefined;
  const side = {
    ownDomains: reading.ownDomains,
    ownAddresses: account.ownAddresses,
    recipients: inThread?.recipients ?? [],
    buyerEmails: buyer?.emails ?? [],
  };

  if (isOwnMessage(writer, side) || reading.grade.reason === 'own-mail') {
    if (!inThread) return false;

    await learnOwnAddress(db, account, writer.from);
    const sentAt = messageTime(reading.message.date, sellerTimeZone, now);
    await applySellerMessage(db, inThread, sentAt, reading.messageKey, moment);
    return true;
  }

  const { grade } = reading;
  if (grade.kind === 'inquiry' && !inThread) {
    await recordInquiry(db, reading, grade, writer, moment);
    return true;
  }

  if (grade.kind !== 'reply') return false;

  const inquiry = inThread ?? (await buyerInquiry(db, account.id, writer));
  if (!inquiry) return false;

  await applyBuyerReply(db, inquiry, grade, reading.messageKey, moment);
  return true;
}

// The scope function must be declared async: Dexie follows native awaits into a transaction
// only then (a plain arrow that returns a promise lets it commit early).
export function recordReading(db: BookDb, reading: Reading, moment: Moment): Promise<boolean> {
  const tables = [
    db.accounts,
    db.prospects,
    db.inquiries,
    db.quotations,
    db.followUps,
    db.activities,
  ];
  return db.transaction('rw', tables, async () => record(db, reading, moment));
}
