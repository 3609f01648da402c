import { browser } from '../../platform/browser.ts';
import { log } from '../../platform/log.ts';
import { broadcast } from '../../platform/messaging.ts';
import iconPath from './notification-icon.png?no-inline';
import type { NotificationContent, ReminderPorts } from './ports.ts';

// A file of the extension's own, not a data: URL: the pages' CSP (default-src 'self') stops
// Chrome's notification code from fetching a data: icon, and the notification with it.
const icon = () => browser.runtime.getURL(iconPath);

// Firefox alone has runtime.getBrowserInfo, and it alone shows no notification buttons.
const isFirefox = () =>
  typeof (browser.runtime as { getBrowserInfo?: unknown }).getBrowserInfo === 'function';

type CreateOptions = Parameters<typeof browser.notifications.create>[0];

function options(content: NotificationContent, withButtons: boolean): CreateOptions {
  const base = {
    type: 'basic' as const,
    iconUrl: icon(),
    title: content.title,
    message: content.message,
    contextMessage: content.contextMessage,
    priority: content.priority,
  };
  if (!withButtons || content.buttons.length === 0) return base;

  // Chrome's fields beyond the polyfill's types (which follow Firefox).
  return {
    ...base,
    buttons: content.buttons.map((title) => ({ title })),
    requireInteraction: content.priority === 2,
  } as CreateOptions;
}

export const browserReminderPorts: ReminderPorts = {
  async setBadge(text, color) {
    await Promise.all([
      browser.action.setBadgeBackgroundColor({ color }),
      browser.action.setBadgeText({ text }),
    ]);
  },

  async notify(id, content) {
    await browser.notifications.create(id, options(content, !isFirefox()));
  },

  async clearNotification(id) {
    await browser.notifications.clear(id);
  },

  async openTab(url) {
    await browser.tabs.create({ url });
  },

  todayUrl: () => browser.runtime.getURL('src/panel/index.html#today'),

  buttonsSupported: () => !isFirefox(),

  uiLanguage: () => browser.i18n.getUILanguage(),

  bookChanged: () => broadcast({ type: 'book-changed' }),

  reportError: (context, error) => log.error(context, error),
};
