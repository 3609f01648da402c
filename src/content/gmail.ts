import '../messages/zod-setup.ts';
import { readGmail } from '../adapters/gmail/read-gmail.ts';
import { pageReadReplySchema } from '../messages/content-to-background.ts';
import { followDebugSetting, log } from '../platform/log.ts';
import { request } from '../platform/messaging.ts';
import { followOpenMessage } from './follow-open-message.ts';
import { isGmailThreadRoute, watchRoutes } from './routes.ts';
import { toPageRead } from './to-page-read.ts';

// Content script for mail.google.com. It reads the open message and tells the worker; it
// never writes into Gmail's page and never opens the database (that would be Gmail's).

// The script lives as long as the page; nothing aborts this.
const lifetime = new AbortController();

followDebugSetting(lifetime.signal);

watchRoutes(
  window,
  (url, signal) => {
    if (!isGmailThreadRoute(url)) {
      return;
    }

    followOpenMessage(
      {
        document,
        url,
        read: readGmail,
        toPageRead,
        send: (pageRead) => {
          request(pageRead, pageReadReplySchema).catch((error) => log.error('page-read', error));
        },
        onError: (error) => log.error('reading the page', error),
        now: Date.now,
      },
      signal,
    );
  },
  lifetime.signal,
);
