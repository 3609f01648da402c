import type { ReplyBoxClient } from '../adapters/insert-reply.ts';
import { insertReply } from '../adapters/insert-reply.ts';
import {
  backgroundToContentSchema,
  type InsertReply,
  type InsertResult,
} from '../messages/background-to-content.ts';
import type { Reply } from '../messages/message-error.ts';
import { browser, listen, type Runtime } from '../platform/browser.ts';
import { log } from '../platform/log.ts';
import { messageKeyOf } from './to-page-read.ts';

// The content script's side of one-click insertion: the worker's command, checked against
// its schema, carried out in this page. This is the only place the script writes into the
// mail client's page, and then only plain text into the open message's own reply box.

export type InsertTarget = {
  document: Document;
  url: () => string;
  client: ReplyBoxClient;
};

export function answerInsertRequests(target: InsertTarget, signal: AbortSignal): void {
  let busy = false;

  const carryOut = async (command: InsertReply): Promise<InsertResult> => {
    if (busy) return { status: 'failed', reason: 'busy' };

    busy = true;
    try {
      return await insertReply(target.document, target.url, target.client, {
        text: command.text,
        isSameMessage: (reading) => messageKeyOf(reading) === command.messageKey,
        signal,
      });
    } finally {
      busy = false;
    }
  };

  const answer = async (command: InsertReply): Promise<Reply<InsertResult>> => {
    try {
      return { ok: true, data: await carryOut(command) };
    } catch (error) {
      log.error('inserting a reply', error);
      return { ok: false, error: { code: 'internal', message: String(error), issues: [] } };
    }
  };

  // sendResponse plus `return true`, as platform/messaging.ts does for the worker. A message
  // this does not know is left unanswered (undefined), so another feature's listener in the
  // same script can answer it.
  const listener = (
    message: unknown,
    sender: Runtime.MessageSender,
    sendResponse: (response: unknown) => void,
  ): true | undefined => {
    const parsed = backgroundToContentSchema.safeParse(message);
    if (sender.id !== browser.runtime.id || !parsed.success) return undefined;

    answer(parsed.data).then(sendResponse);
    return true;
  };

  listen(browser.runtime.onMessage, listener as Runtime.OnMessageListener, signal);
}
