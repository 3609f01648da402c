import {
  type BackgroundToPanel,
  backgroundToPanelSchema,
} from '../messages/background-to-panel.ts';
import type { TabState } from '../messages/tab-state.ts';

// The panel's one piece of state: which mail tab's message it shows, and how that is
// going. It talks to the world only through its ports, so tests hand it fakes.

export type PanelPorts = {
  // The side panel's window, or null when the panel page is an ordinary tab.
  panelWindow(): Promise<number | null>;
  getState(windowId: number | null): Promise<TabState | null>;
  gradeAnyway(tabId: number): Promise<TabState>;
  hearBroadcasts(hear: (message: unknown) => void, signal: AbortSignal): void;
};

export type PanelSnapshot = {
  loaded: boolean;
  tab: TabState | null;
  busy: boolean;
  error: string | null;
};

export type PanelModel = {
  snapshot(): PanelSnapshot;
  subscribe(listener: () => void): () => void;
  start(signal: AbortSignal): Promise<void>;
  gradeAnyway(): Promise<void>;
};

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function createPanelModel(ports: PanelPorts): PanelModel {
  let snapshot: PanelSnapshot = { loaded: false, tab: null, busy: false, error: null };
  let windowId: number | null = null;
  const listeners = new Set<() => void>();

  const update = (change: Partial<PanelSnapshot>) => {
    snapshot = { ...snapshot, ...change };
    for (const listener of listeners) {
      listener();
    }
  };

  const refresh = async () => {
    try {
      update({ loaded: true, tab: await ports.getState(windowId), error: null });
    } catch (error) {
      update({ loaded: true, error: errorText(error) });
    }
  };

  // A state from this window that is newer than the one shown, or the shown tab's own
  // update (grading anyway keeps readAt), replaces it.
  const concernsUs = (state: TabState) => {
    const shown = snapshot.tab;
    if (windowId !== null && state.windowId !== windowId) {
      return false;
    }

    return !shown || state.tabId === shown.tabId || state.readAt >= shown.readAt;
  };

  const hear = (message: BackgroundToPanel) => {
    if (message.type === 'state-changed' && concernsUs(message.state)) {
      update({ loaded: true, tab: message.state, error: null });
    }

    if (message.type === 'tab-closed' && snapshot.tab?.tabId === message.tabId) {
      void refresh();
    }
  };

  return {
    snapshot: () => snapshot,

    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    async start(signal) {
      // Panels hear every runtime message, requests from other panels and content scripts
      // included: only the worker's broadcasts parse here, the rest is not for us.
      ports.hearBroadcasts((raw) => {
        const parsed = backgroundToPanelSchema.safeParse(raw);
        if (parsed.success) {
          hear(parsed.data);
        }
      }, signal);

      windowId = await ports.panelWindow();
      await refresh();
    },

    async gradeAnyway() {
      const tab = snapshot.tab;
      if (!tab || snapshot.busy) {
        return;
      }

      update({ busy: true });
      try {
        update({ busy: false, tab: await ports.gradeAnyway(tab.tabId), error: null });
      } catch (error) {
        update({ busy: false, error: errorText(error) });
      }
    },
  };
}
