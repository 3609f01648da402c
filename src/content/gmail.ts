import '../messages/zod-setup.ts';
import { gmailReplyControl } from '../adapters/gmail/compose-open.ts';
import { readGmail, readGmailWithHandles } from '../adapters/gmail/read-gmail.ts';
import { runMailPage } from './mail-page.ts';
import { isGmailThreadRoute, watchRoutes } from './routes.ts';

// Content script for mail.google.com. It reads the open message and tells the worker, and
// types a reply the user chose in the panel into that message's reply box.

// The script lives as long as the page; nothing aborts this.
const lifetime = new AbortController();

runMailPage(
  {
    isMessageRoute: isGmailThreadRoute,
    read: readGmail,
    regions: ['[role="main"]'],
    replyBox: {
      readWithHandles: readGmailWithHandles,
      replyControl: (document, _url, reading) => gmailReplyControl(document, reading),
    },
    watchRoutes,
  },
  window,
  lifetime.signal,
);
