import {
  type InsertResult,
  insertReplyReplySchema,
  insertReplySchema,
} from '../messages/background-to-content.ts';
import { invalidMessage, MessageError, type Reply } from '../messages/message-error.ts';
import {
  type InsertReplyRequest,
  REPLY_PORT,
  replyPortRequestSchema,
} from '../messages/reply-port.ts';
import { browser, type Runtime } from '../platform/browser.ts';
import { log } from '../platform/log.ts';
import { answerPort } from '../platform/port-request.ts';
import { answerTemplateRequest } from './templates.ts';

// The worker's side of the reply port: a reply the user chose in the panel goes on to the
// content script of the mail tab it was written for; template requests go to storage. Each
// hop is validated on arrival: the panel's request here, the worker's command in the page,
// the page's answer here again.

export function relayReplies(signal: AbortSignal, extensionUrl: string): void {
  answerPort(REPLY_PORT, (message, sender) => answer(message, sender, extensionUrl), signal);
}

async function answer(
  message: unknown,
  sender: Runtime.MessageSender | undefined,
  extensionUrl: string,
): Promise<Reply<unknown>> {
  try {
    // Only the extension's own pages choose what goes into a mail page.
    if (!sender?.url?.startsWith(extensionUrl)) {
      throw new MessageError({
        code: 'invalid-message',
        message: 'Not an extension page',
        issues: [],
      });
    }

    const parsed = replyPortRequestSchema.safeParse(message);
    if (!parsed.success) throw invalidMessage(parsed.error);

    const request = parsed.data;
    const data =
      request.type === 'insert-reply'
        ? await relayInsert(request)
        : await answerTemplateRequest(request);
    return { ok: true, data };
  } catch (error) {
    if (error instanceof MessageError) return { ok: false, error: error.toData() };

    log.error('answering on the reply port', error);
    const text = error instanceof Error ? error.message : String(error);
    return { ok: false, error: { code: 'internal', message: text, issues: [] } };
  }
}

async function relayInsert(request: InsertReplyRequest): Promise<InsertResult> {
  const command = insertReplySchema.parse({
    type: 'insert-reply',
    messageKey: request.messageKey,
    text: request.text,
  });

  let raw: unknown;
  try {
    raw = await browser.tabs.sendMessage(request.tabId, command);
  } catch (error) {
    // The tab has no content script of ours (closed, reloaded extension, not a mail page).
    log.warn('no content script answered', request.tabId, error);
    return { status: 'failed', reason: 'no-content-script' };
  }

  const parsed = insertReplyReplySchema.safeParse(raw);
  if (!parsed.success) {
    throw new MessageError(
      { code: 'internal', message: 'The mail page gave no valid answer', issues: [] },
      { cause: parsed.error },
    );
  }

  if (!parsed.data.ok) throw new MessageError(parsed.data.error);
  return parsed.data.data;
}
