import type { Factor } from '../core/grade-types.ts';
import {
  type BackgroundToPanel,
  backgroundToPanelSchema,
} from '../messages/background-to-panel.ts';
import type {
  FactorOverride,
  OverrideInput,
  OverrideTarget,
} from '../messages/panel-to-background.ts';
import type { TabState } from '../messages/tab-state.ts';

// The panel's one piece of state: which mail tab's message it shows, how that is going,
// and the user's overrides for it. It talks to the world only through its ports, so tests
// hand it fakes.

export type PanelPorts = {
  // The side panel's window, or null when the panel page is an ordinary tab.
  panelWindow(): Promise<number | null>;
  getState(windowId: number | null): Promise<TabState | null>;
  gradeAnyway(tabId: number): Promise<TabState>;
  getOverrides(target: OverrideTarget): Promise<FactorOverride[]>;
  saveOverride(target: OverrideTarget, override: OverrideInput): Promise<FactorOverride[]>;
  undoOverride(target: OverrideTarget, factor: Factor): Promise<FactorOverride[]>;
  openSettings(): Promise<void>;
  hearBroadcasts(hear: (message: unknown) => void, signal: AbortSignal): void;
  now(): number;
};

export type PanelSnapshot = {
  loaded: boolean;
  tab: TabState | null;
  // The overrides of the inquiry shown; empty for anything else.
  overrides: FactorOverride[];
  busy: boolean;
  error: string | null;
};

export type PanelModel = {
  snapshot(): PanelSnapshot;
  subscribe(listener: () => void): () => void;
  start(signal: AbortSignal): Promise<void>;
  gradeAnyway(): Promise<void>;
  saveOverride(override: OverrideInput): Promise<void>;
  undoOverride(factor: Factor): Promise<void>;
  openSettings(): Promise<void>;
};

export const emptySnapshot = (): PanelSnapshot => ({
  loaded: false,
  tab: null,
  overrides: [],
  busy: false,
  error: null,
});

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

// Only a graded inquiry carries factors a user can override.
function overrideTargetOf(tab: TabState | null): OverrideTarget | null {
  const isInquiry = tab?.outcome.status === 'graded' && tab.outcome.grade.kind === 'inquiry';
  return isInquiry && tab.messageKey ? { tabId: tab.tabId, messageKey: tab.messageKey } : null;
}

export function createPanelModel(ports: PanelPorts): PanelModel {
  let snapshot = emptySnapshot();
  let windowId: number | null = null;
  // Each tab shown takes a turn; an answer about overrides that arrives after another tab
  // was shown belongs to the past and is dropped.
  let turn = 0;
  const listeners = new Set<() => void>();

  const update = (change: Partial<PanelSnapshot>) => {
    snapshot = { ...snapshot, ...change };
    for (const listener of listeners) {
      listener();
    }
  };

  // The overrides arrive with the tab, so the class never flashes the scorer's letter first.
  const show = async (tab: TabState | null) => {
    const target = overrideTargetOf(tab);
    if (target && target.messageKey === overrideTargetOf(snapshot.tab)?.messageKey) {
      update({ loaded: true, tab, error: null });
      return;
    }

    const mine = ++turn;
    if (!target) {
      update({ loaded: true, tab, overrides: [], error: null });
      return;
    }

    try {
      const overrides = await ports.getOverrides(target);
      if (mine === turn) update({ loaded: true, tab, overrides, error: null });
    } catch (error) {
      if (mine === turn) update({ loaded: true, tab, overrides: [], error: errorText(error) });
    }
  };

  const refresh = async () => {
    try {
      await show(await ports.getState(windowId));
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
      void show(message.state);
    }

    if (message.type === 'tab-closed' && snapshot.tab?.tabId === message.tabId) {
      void refresh();
    }

    if (message.type === 'overrides-changed' && snapshot.tab?.messageKey === message.messageKey) {
      update({ overrides: message.overrides });
    }
  };

  // The class is recomputed from the change at once; the worker's answer then confirms it,
  // or the change is taken back and the error shown.
  const changeOverrides = async (
    change: (list: FactorOverride[]) => FactorOverride[],
    send: (target: OverrideTarget) => Promise<FactorOverride[]>,
  ) => {
    const target = overrideTargetOf(snapshot.tab);
    if (!target) {
      return;
    }

    const before = snapshot.overrides;
    const mine = turn;
    update({ overrides: change(before), error: null });
    try {
      const overrides = await send(target);
      if (mine === turn) update({ overrides });
    } catch (error) {
      if (mine === turn) update({ overrides: before, error: errorText(error) });
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
        const graded = await ports.gradeAnyway(tab.tabId);
        update({ busy: false });
        await show(graded);
      } catch (error) {
        update({ busy: false, error: errorText(error) });
      }
    },

    saveOverride: (override) =>
      changeOverrides(
        (list) => [
          ...list.filter((kept) => kept.factor !== override.factor),
          { ...override, savedAt: ports.now() },
        ],
        (target) => ports.saveOverride(target, override),
      ),

    undoOverride: (factor) =>
      changeOverrides(
        (list) => list.filter((kept) => kept.factor !== factor),
        (target) => ports.undoOverride(target, factor),
      ),

    async openSettings() {
      try {
        await ports.openSettings();
      } catch (error) {
        update({ error: errorText(error) });
      }
    },
  };
}
