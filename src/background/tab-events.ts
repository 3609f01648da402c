import { browser, listen } from '../platform/browser.ts';
import { broadcast } from '../platform/messaging.ts';
import { loadTabState, removeTabState, saveTabState } from './tab-store.ts';

// Neither event needs the "tabs" permission: they carry ids only, never URLs or titles.
export function followMailTabs(signal: AbortSignal, onError: (error: unknown) => void): void {
  listen(
    browser.tabs.onRemoved,
    (tabId) => {
      removeTabState(tabId)
        .then(() => broadcast({ type: 'tab-closed', tabId }))
        .catch(onError);
    },
    signal,
  );

  // A tab dragged to another window takes its message along to that window's panel.
  listen(
    browser.tabs.onAttached,
    (tabId, { newWindowId }) => {
      loadTabState(tabId)
        .then((state) => state && saveTabState({ ...state, windowId: newWindowId }))
        .catch(onError);
    },
    signal,
  );
}
