import { accountOf, FIRST_GMAIL_ACCOUNT } from '../../db/accounts.ts';
import { type BookDb, bookDb } from '../../db/book-db.ts';
import { invalidMessage, MessageError, type Reply } from '../../messages/message-error.ts';
import {
  type AccountView,
  type BookRequest,
  bookRequestSchema,
} from '../../messages/panel-to-background.ts';
import type { Runtime } from '../../platform/browser.ts';
import { log } from '../../platform/log.ts';
import { markDone, snooze } from '../reminders/actions.ts';
import { browserReminderPorts } from '../reminders/browser-ports.ts';
import { loadGradingSettings } from '../settings.ts';
import { latestTabState, loadTabState } from '../tab-store.ts';
import { bookChanged } from './after-change.ts';
import { sellerTimeZone } from './clock.ts';
import { CustomerFileError, parseCustomersCsv } from './customers-csv.ts';
import { editProspect } from './edit-prospect.ts';
import { importCustomers } from './import-customers.ts';
import { markQuotationSent, NoInquiryError } from './quotation-sent.ts';
import { buyerView, todayView } from './views.ts';

// The book's requests from extension pages (the panel's Today view, the options page),
// answered beside answer.ts: anything else is left to it (null). A mail page may not ask.

const TYPES = new Set<string>(bookRequestSchema.options.map((option) => option.shape.type.value));

const isBookType = (message: unknown) =>
  typeof message === 'object' &&
  message !== null &&
  'type' in message &&
  typeof message.type === 'string' &&
  TYPES.has(message.type);

async function ownDomains(): Promise<string[]> {
  return (await loadGradingSettings()).context.ownDomains ?? [];
}

async function afterWrite<T>(changed: boolean, now: number, result: T): Promise<T> {
  if (changed) await bookChanged(now);
  return result;
}

async function openThread(tabId: number) {
  const state = await loadTabState(tabId);
  const account = state ? accountOf(state.url) : null;
  if (!state?.message || !state.messageKey || !account) {
    throw new MessageError({
      code: 'unknown-tab',
      message: `No mail is open in tab ${tabId}`,
      issues: [],
    });
  }

  const grade = state.outcome.status === 'graded' ? state.outcome.grade : null;
  return {
    account,
    url: state.url,
    messageKey: state.messageKey,
    message: state.message,
    grade,
    ownDomains: await ownDomains(),
  };
}

async function accounts(db: BookDb): Promise<AccountView[]> {
  const known = await db.accounts.toArray();
  const first = accountOf(FIRST_GMAIL_ACCOUNT);
  const all =
    first && !known.some((account) => account.id === first.id) ? [...known, first] : known;
  return all.map(({ id, label }) => ({ id, label }));
}

async function answer(request: BookRequest, now: number): Promise<unknown> {
  const db = bookDb();
  const moment = { now, sellerTimeZone: sellerTimeZone() };

  switch (request.type) {
    case 'get-today':
      return todayView(db, now);
    case 'get-buyer': {
      const state = await latestTabState(request.windowId);
      const account = state ? accountOf(state.url) : null;
      if (!state?.message || !account) return null;
      return buyerView(db, account, state.message, await ownDomains());
    }
    case 'quotation-sent':
      return afterWrite(
        await markQuotationSent(db, await openThread(request.tabId), moment),
        now,
        null,
      );
    case 'step-done':
      return afterWrite(await markDone(db, browserReminderPorts, request.stepId, now), now, null);
    case 'step-snooze':
      return afterWrite(
        await snooze(db, browserReminderPorts, request.stepId, now, request.minutes),
        now,
        null,
      );
    case 'update-prospect':
      return afterWrite(await editProspect(db, request, now), now, null);
    case 'import-customers': {
      const report = await importCustomers(
        db,
        request.account,
        parseCustomersCsv(request.csv),
        now,
      );
      return afterWrite(report.added + report.updated > 0, now, report);
    }
    case 'list-accounts':
      return accounts(db);
    case 'book-restored':
      return afterWrite(true, now, null);
  }
}

function failure(error: unknown): Reply<unknown> {
  if (error instanceof MessageError) return { ok: false, error: error.toData() };
  if (error instanceof CustomerFileError || error instanceof NoInquiryError) {
    return { ok: false, error: { code: 'invalid-message', message: error.message, issues: [] } };
  }

  log.error('answering a book request', error);
  const text = error instanceof Error ? error.message : String(error);
  return { ok: false, error: { code: 'internal', message: text, issues: [] } };
}

export function answerBookRequest(
  message: unknown,
  sender: Runtime.MessageSender,
  context: { now: number; extensionUrl: string },
): Promise<Reply<unknown>> | null {
  const fromExtensionPage = sender.url?.startsWith(context.extensionUrl) ?? false;
  if (!fromExtensionPage || !isBookType(message)) return null;

  const parsed = bookRequestSchema.safeParse(message);
  if (!parsed.success) return Promise.resolve(failure(invalidMessage(parsed.error)));

  return answer(parsed.data, context.now).then(
    (data): Reply<unknown> => ({ ok: true, data }),
    failure,
  );
}
