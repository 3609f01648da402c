import { type TabState, tabStateSchema } from '../messages/tab-state.ts';
import { browser } from '../platform/browser.ts';
import { log } from '../platform/log.ts';

// Tab states live in storage.session, one key per tab, and nowhere else: a worker that
// Chrome stops after 30 s idle wakes with everything the panel needs. One key per tab
// means two tabs read at once never overwrite each other's state.

const PREFIX = 'tab:';

const keyOf = (tabId: number) => `${PREFIX}${tabId}`;

function parseStored(key: string, value: unknown): TabState | null {
  const parsed = tabStateSchema.safeParse(value);
  if (!parsed.success) {
    log.warn('dropping a stored tab state that no longer parses', key, parsed.error.issues);
    return null;
  }

  return parsed.data;
}

export async function loadTabState(tabId: number): Promise<TabState | null> {
  const key = keyOf(tabId);
  const stored = await browser.storage.session.get(key);
  return key in stored ? parseStored(key, stored[key]) : null;
}

export async function saveTabState(state: TabState): Promise<void> {
  await browser.storage.session.set({ [keyOf(state.tabId)]: state });
}

export async function removeTabState(tabId: number): Promise<void> {
  await browser.storage.session.remove(keyOf(tabId));
}

// The message most recently read in this window, or in any window when windowId is null.
export async function latestTabState(windowId: number | null): Promise<TabState | null> {
  const stored = await browser.storage.session.get(null);
  let latest: TabState | null = null;

  for (const [key, value] of Object.entries(stored)) {
    if (!key.startsWith(PREFIX)) {
      continue;
    }

    const state = parseStored(key, value);
    if (!state || (windowId !== null && state.windowId !== windowId)) {
      continue;
    }

    if (!latest || state.readAt > latest.readAt) {
      latest = state;
    }
  }

  return latest;
}
