import type { MailContext, MailMessage } from '../../core/message.ts';
import type { AccountRef } from '../../db/accounts.ts';
import type { BookDb } from '../../db/book-db.ts';
import { threadKeyOf } from '../../db/keys.ts';
import { isOwnMessage, writerOf } from './identity.ts';
import { findBuyer, isCustomer } from './prospects.ts';
import { threadInquiry } from './threads.ts';

// What the book tells the grader about a message (core/message.ts MailContext): whether the
// sender is an existing customer, and whether our quotation already went out in the thread,
// which makes the buyer's next message a reply to it rather than a new inquiry.

export type ContextInput = {
  account: AccountRef;
  messageKey: string;
  message: MailMessage;
  ownDomains: readonly string[];
};

export async function gradingContext(
  db: BookDb,
  { account, messageKey, message, ownDomains }: ContextInput,
): Promise<Partial<MailContext>> {
  const writer = writerOf(message, ownDomains);
  const inThread = await threadInquiry(db, account.id, threadKeyOf(messageKey));
  const stored = await db.accounts.get(account.id);
  const buyer = inThread ? await db.prospects.get(inThread.prospectId) : undefined;
  const own = isOwnMessage(writer, {
    ownDomains,
    ownAddresses: stored?.ownAddresses ?? [],
    recipients: inThread?.recipients ?? [],
    buyerEmails: buyer?.emails ?? [],
  });
  if (own) return {};

  const context: Partial<MailContext> = {};
  const known = await findBuyer(db, account.id, writer);
  if (known && isCustomer(known)) {
    context.knownCustomer = true;
    context.customerDomains = known.domains;
  }

  if (inThread?.cadence && inThread.messageKey !== messageKey) {
    context.ourQuoteSent = true;
  }

  return context;
}
