import '../messages/zod-setup.ts';
import { outlookReplyControl } from '../adapters/outlook/compose-open.ts';
import { readOutlook, readOutlookWithHandles } from '../adapters/outlook/read-outlook.ts';
import { idFromRoute } from '../adapters/outlook/route.ts';
import { runMailPage } from './mail-page.ts';
import { isOutlookMessageRoute, watchHistoryRoutes } from './routes.ts';

// Content script for Outlook on the web (outlook.office.com, outlook.office365.com,
// outlook.live.com, outlook.cloud.microsoft). Same work as the Gmail script; OWA differs in
// its routing (History API) and in the region that holds the open message.

// mail-clients.md §2.1, §2.5: the reading pane, or the item container of a message opened
// in its own window; the main region only when neither exists.
const REGIONS = [
  '[data-app-section="MailReadCompose"]',
  '#ReadingPaneContainerId',
  '[data-app-section="ItemContainer"]',
  '[role="main"]',
];

// The script lives as long as the page; nothing aborts this.
const lifetime = new AbortController();

runMailPage(
  {
    isMessageRoute: isOutlookMessageRoute,
    read: readOutlook,
    regions: REGIONS,
    replyBox: { readWithHandles: readOutlookWithHandles, replyControl: outlookReplyControl },
    watchRoutes: (win, onRoute, signal) =>
      watchHistoryRoutes(win, onRoute, signal, (url) => idFromRoute(url) ?? new URL(url).pathname),
  },
  window,
  lifetime.signal,
);
