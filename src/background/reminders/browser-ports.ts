import { browser } from '../../platform/browser.ts';
import { broadcast } from '../../platform/messaging.ts';
import type { NotificationContent, ReminderPorts } from './ports.ts';

// A 48 px amber square with a white check (PNG: Chrome's notifications decode no SVG in the
// worker); the extension ships no image files yet.
const ICON =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAADAAAAAwCAYAAABXAvmHAAAAp0lEQVR42u3YOQ6AMAwF0RyaG3MQaBEKm/O9RIwl6swrIBZtXdo289MAAAAAAAAAAAAAABh+jjMdoDfTAO6mPOBpSgPeTFmAKj4FoIwPB6jjTQDrYR7xnwHWQ73iPwGsh3vGywBXEd7xUsA5JiJe8g70oqLih79C1klfp6vED11kFeKHb+LseMkqkRkv24Wy4qXLXEa8fBuNjue3CgAAAAAAAADg74AdkUyJB31gKmIAAAAASUVORK5CYII=';

// Firefox alone has runtime.getBrowserInfo, and it alone shows no notification buttons.
const isFirefox = () =>
  typeof (browser.runtime as { getBrowserInfo?: unknown }).getBrowserInfo === 'function';

type CreateOptions = Parameters<typeof browser.notifications.create>[0];

function options(content: NotificationContent, withButtons: boolean): CreateOptions {
  const base = {
    type: 'basic' as const,
    iconUrl: ICON,
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
};
