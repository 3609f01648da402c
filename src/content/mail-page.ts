import type { ReplyBoxClient } from '../adapters/insert-reply.ts';
import type { PageReading } from '../adapters/page-reading.ts';
import { pageReadReplySchema } from '../messages/content-to-background.ts';
import { followDebugSetting, log } from '../platform/log.ts';
import { request } from '../platform/messaging.ts';
import { answerInsertRequests } from './answer-insert.ts';
import { followOpenMessage } from './follow-open-message.ts';
import { toPageRead } from './to-page-read.ts';

// What the Gmail and the Outlook content scripts share: follow the open message from route
// to route and tell the worker what it reads; put a reply into its reply box on request.
// Neither opens the database (that would be the mail site's) nor writes any markup.

export type MailPage = {
  isMessageRoute: (url: string) => boolean;
  read: (document: Document, url: string) => PageReading;
  // The region holding the open message, most specific first (one observer watches it).
  regions: readonly string[];
  replyBox: ReplyBoxClient;
  watchRoutes: (
    win: Window,
    onRoute: (url: string, signal: AbortSignal) => void,
    signal: AbortSignal,
  ) => void;
};

export function runMailPage(page: MailPage, win: Window, signal: AbortSignal): void {
  followDebugSetting(signal);

  page.watchRoutes(
    win,
    (url, routeSignal) => {
      if (!page.isMessageRoute(url)) return;

      followOpenMessage(
        {
          document: win.document,
          url,
          read: page.read,
          toPageRead,
          send: (pageRead) => {
            request(pageRead, pageReadReplySchema).catch((error) => log.error('page-read', error));
          },
          onError: (error) => log.error('reading the page', error),
          now: Date.now,
          regions: page.regions,
        },
        routeSignal,
      );
    },
    signal,
  );

  answerInsertRequests(
    { document: win.document, url: () => win.location.href, client: page.replyBox },
    signal,
  );
}
