import type { z } from 'zod';
import { MessageError, type Reply } from '../messages/message-error.ts';
import { browser, listen, type Runtime } from './browser.ts';

// One-time messages only. Every reply is a Reply (ok + data, or a typed error), validated
// by the side that asked, so "no answer", "bad answer" and "refused" stay distinguishable.

type ReplyOf<Data> = z.ZodType<Reply<Data>>;

export async function request<Data>(message: unknown, replySchema: ReplyOf<Data>): Promise<Data> {
  const raw: unknown = await browser.runtime.sendMessage(message);
  const parsed = replySchema.safeParse(raw);
  if (!parsed.success) {
    throw new MessageError(
      { code: 'internal', message: 'The worker gave no valid answer', issues: [] },
      { cause: parsed.error },
    );
  }

  if (!parsed.data.ok) {
    throw new MessageError(parsed.data.error);
  }

  return parsed.data.data;
}

export type Answer = (message: unknown, sender: Runtime.MessageSender) => Promise<Reply<unknown>>;

// For the worker, which answers everything sent to it. `sendResponse` plus `return true`
// works alike with the polyfill and with Chrome's native `browser`, which did not always
// accept a returned promise.
export function answerRequests(answer: Answer, signal: AbortSignal): void {
  const listener = (
    message: unknown,
    sender: Runtime.MessageSender,
    sendResponse: (response: unknown) => void,
  ): true => {
    answer(message, sender).then(sendResponse, (error: unknown) =>
      sendResponse({
        ok: false,
        error: { code: 'internal', message: String(error), issues: [] },
      } satisfies Reply<never>),
    );
    return true;
  };

  listen(browser.runtime.onMessage, listener, signal);
}

// For panels: they hear every runtime message (the content script's too) and answer none,
// so the worker's answer is the one the asker gets.
export function hearBroadcasts(hear: (message: unknown) => void, signal: AbortSignal): void {
  const listener = (message: unknown, sender: Runtime.MessageSender): undefined => {
    if (sender.tab === undefined) {
      hear(message);
    }
  };

  listen(browser.runtime.onMessage, listener, signal);
}

export async function broadcast(message: unknown): Promise<void> {
  try {
    await browser.runtime.sendMessage(message);
  } catch (error) {
    // No panel open is the usual case, not a failure.
    if (!String(error).includes('Receiving end does not exist')) {
      throw error;
    }
  }
}
