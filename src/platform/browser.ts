import browser from 'webextension-polyfill';

export type { Runtime, Storage, Tabs } from 'webextension-polyfill';
// The only module that imports the polyfill: Chrome 148+ ships `browser` natively and the
// polyfill then hands that back, so one import site keeps the day we drop it a one-line change.
export { browser };

type ListenerEvent<Listener> = {
  addListener(listener: Listener): void;
  removeListener(listener: Listener): void;
};

// Every long-lived listener dies with its signal (an open message, a panel, the worker).
export function listen<Listener>(
  event: ListenerEvent<Listener>,
  listener: Listener,
  signal: AbortSignal,
): void {
  if (signal.aborted) {
    return;
  }

  event.addListener(listener);
  signal.addEventListener('abort', () => event.removeListener(listener), { once: true });
}

// Chrome's side panel has no polyfill; Firefox opens its sidebar_action by itself.
export async function openPanelOnActionClick(): Promise<void> {
  if (typeof chrome === 'undefined' || !chrome.sidePanel) {
    return;
  }

  await chrome.sidePanel.setPanelBehavior({ openPanelOnActionClick: true });
}

export function isExtensionPage(): boolean {
  return /^(chrome|moz)-extension:$/.test(globalThis.location?.protocol ?? '');
}
