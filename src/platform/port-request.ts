import type { z } from 'zod';
import { MessageError, type Reply } from '../messages/message-error.ts';
import { browser, listen, type Runtime } from './browser.ts';

// One request, one answer, over a named runtime port. A port is its own channel: its
// requests never reach the worker's one-time message handler, so a feature can add requests
// without touching that handler's union, and the port closing tells the asker the worker went.

type ReplyOf<Data> = z.ZodType<Reply<Data>>;

// Inserting may wait for the mail client to open its reply box; nothing takes longer.
const ANSWER_TIMEOUT_MS = 20_000;

export function requestOverPort<Data>(
  name: string,
  message: unknown,
  replySchema: ReplyOf<Data>,
): Promise<Data> {
  const port = browser.runtime.connect({ name });

  const answered = new Promise<unknown>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(internal('The worker did not answer in time')),
      ANSWER_TIMEOUT_MS,
    );
    port.onMessage.addListener((reply: unknown) => {
      clearTimeout(timer);
      resolve(reply);
    });
    port.onDisconnect.addListener(() => {
      clearTimeout(timer);
      reject(internal('The worker closed the connection'));
    });
  });

  port.postMessage(message);
  return answered.then((raw) => unwrap(raw, replySchema)).finally(() => port.disconnect());
}

function unwrap<Data>(raw: unknown, replySchema: ReplyOf<Data>): Data {
  const parsed = replySchema.safeParse(raw);
  if (!parsed.success) {
    throw new MessageError(
      { code: 'internal', message: 'The worker gave no valid answer', issues: [] },
      { cause: parsed.error },
    );
  }

  if (!parsed.data.ok) throw new MessageError(parsed.data.error);
  return parsed.data.data;
}

const internal = (message: string) => new MessageError({ code: 'internal', message, issues: [] });

export type PortAnswer = (
  message: unknown,
  sender: Runtime.MessageSender | undefined,
) => Promise<Reply<unknown>>;

// For the worker: answers every request on ports of this name, each with one reply.
export function answerPort(name: string, answer: PortAnswer, signal: AbortSignal): void {
  const onConnect = (port: Runtime.Port) => {
    if (port.name !== name) return;

    port.onMessage.addListener((message: unknown) => {
      answer(message, port.sender)
        .catch((error: unknown) => ({
          ok: false as const,
          error: { code: 'internal' as const, message: String(error), issues: [] },
        }))
        .then((reply) => {
          try {
            port.postMessage(reply);
          } catch {
            // The asker closed its page before the answer came: nobody to tell.
          }
        });
    });
  };

  listen(browser.runtime.onConnect, onConnect, signal);
}
