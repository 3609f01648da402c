import '../messages/zod-setup.ts';
import { browser, openPanelOnActionClick } from '../platform/browser.ts';
import { followDebugSetting, log } from '../platform/log.ts';
import { answerRequests } from '../platform/messaging.ts';
import { answerMessage } from './answer.ts';
import { followMailTabs } from './tab-events.ts';

// Listeners are added synchronously at the top level: Chrome only wakes a stopped worker
// for events whose listeners were registered in its first turn.

// The worker lives as long as the extension; nothing aborts this.
const lifetime = new AbortController();

const reportError = (error: unknown) => log.error('worker', error);

followDebugSetting(lifetime.signal);
answerRequests(
  (message, sender) =>
    answerMessage(message, sender, {
      now: Date.now(),
      extensionUrl: browser.runtime.getURL(''),
    }),
  lifetime.signal,
);
followMailTabs(lifetime.signal, reportError);
openPanelOnActionClick().catch(reportError);
