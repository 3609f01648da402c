import { browser, isExtensionPage, listen } from './browser.ts';

// Quiet by default: nothing reaches a console unless `debug: true` is set in storage.local
// (`chrome.storage.local.set({ debug: true })` from the worker's console). Errors still go to
// the console of extension pages, where chrome://extensions collects them, but never to the
// mail site's console, which belongs to the page.

const DEBUG_KEY = 'debug';

let debugOn = false;

export const log = {
  debug: (...args: unknown[]) => debugOn && console.debug('[inquiry-triage]', ...args),
  info: (...args: unknown[]) => debugOn && console.info('[inquiry-triage]', ...args),
  warn: (...args: unknown[]) => debugOn && console.warn('[inquiry-triage]', ...args),
  error: (context: string, error: unknown) => {
    if (debugOn || isExtensionPage()) {
      console.error('[inquiry-triage]', context, error);
    }
  },
};

export function followDebugSetting(signal: AbortSignal): void {
  browser.storage.local.get(DEBUG_KEY).then(
    (stored) => {
      debugOn = stored[DEBUG_KEY] === true;
    },
    // Storage unavailable (a content script whose extension was reloaded): stay quiet.
    () => {},
  );

  listen(
    browser.storage.onChanged,
    (changes, area) => {
      const change = changes[DEBUG_KEY];
      if (area === 'local' && change) {
        debugOn = change.newValue === true;
      }
    },
    signal,
  );
}
