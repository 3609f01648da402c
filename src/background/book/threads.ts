import type { BookDb } from '../../db/book-db.ts';
import type { InquiryRecord } from '../../db/records.ts';
import type { Writer } from './identity.ts';
import { findBuyer } from './prospects.ts';

export function threadInquiry(
  db: BookDb,
  account: string,
  threadKey: string,
): Promise<InquiryRecord | undefined> {
  return db.inquiries.where('[account+threadKey]').equals([account, threadKey]).first();
}

// A buyer who answers in a new thread (a new subject, another client) still answers the
// latest quotation they had.
export async function buyerInquiry(
  db: BookDb,
  account: string,
  writer: Writer,
): Promise<InquiryRecord | undefined> {
  const prospect = await findBuyer(db, account, writer);
  if (!prospect) return undefined;

  const inquiries = await db.inquiries.where('prospectId').equals(prospect.id).toArray();
  return inquiries
    .filter((inquiry) => inquiry.cadence !== null)
    .sort((a, b) => b.receivedAt - a.receivedAt)[0];
}
