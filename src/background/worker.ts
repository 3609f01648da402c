import '../messages/zod-setup.ts';
import { browser, openPanelOnActionClick } from '../platform/browser.ts';
import { followDebugSetting, log } from '../platform/log.ts';
import { answerRequests } from '../platform/messaging.ts';
import { answerMessage } from './answer.ts';
import { answerBookRequest } from './book/answer-book.ts';
import { currentTime } from './book/clock.ts';
import { answerUserData } from './handle-user-data.ts';
import { relayReplies } from './insert-relay.ts';
import { storageOverrideStore } from './overrides.ts';
import { followReminders } from './reminders/follow-reminders.ts';
import { followMailTabs } from './tab-events.ts';

// Listeners are added synchronously at the top level: Chrome only wakes a stopped worker
// for events whose listeners were registered in its first turn.

// The worker lives as long as the extension; nothing aborts this.
const lifetime = new AbortController();

const reportError = (error: unknown) => log.error('worker', error);

followDebugSetting(lifetime.signal);
const overrides = storageOverrideStore();
answerRequests(async (message, sender) => {
  const context = { now: await currentTime(), extensionUrl: browser.runtime.getURL('') };
  return (
    answerUserData(message, sender, { ...context, overrides }) ??
    answerBookRequest(message, sender, context) ??
    answerMessage(message, sender, context)
  );
}, lifetime.signal);
followMailTabs(lifetime.signal, reportError);
followReminders(lifetime.signal, reportError);
relayReplies(lifetime.signal, browser.runtime.getURL(''));
openPanelOnActionClick().catch(reportError);
