import { backgroundToPanelSchema } from '../../messages/background-to-panel.ts';
import type { BuyerView, TodayView } from '../../messages/panel-to-background.ts';
import type { TabState } from '../../messages/tab-state.ts';

// The Today view's state: the due steps across the book, and the buyer of the message open
// beside the panel. The book lives in the worker, which tells every panel when it changed
// ("book-changed"); this model then asks again. Nothing here opens the database.

export type ProspectEdit = {
  notes?: string;
  tags?: string[];
  stage?: BuyerView['prospect']['stage'];
};

export type TodayPorts = {
  panelWindow(): Promise<number | null>;
  getToday(): Promise<TodayView>;
  getBuyer(windowId: number | null): Promise<BuyerView | null>;
  getState(windowId: number | null): Promise<TabState | null>;
  markDone(stepId: string): Promise<void>;
  snooze(stepId: string, minutes: number): Promise<void>;
  quotationSent(tabId: number): Promise<void>;
  updateProspect(prospectId: string, edit: ProspectEdit): Promise<void>;
  openThread(url: string): Promise<void>;
  hearBroadcasts(hear: (message: unknown) => void, signal: AbortSignal): void;
};

export type OpenMessage = { tabId: number; isInquiry: boolean };

export type TodaySnapshot = {
  loaded: boolean;
  today: TodayView | null;
  buyer: BuyerView | null;
  open: OpenMessage | null;
  // The step or action in flight, so its buttons wait.
  busy: string | null;
  error: string | null;
};

export type TodayModel = {
  snapshot(): TodaySnapshot;
  subscribe(listener: () => void): () => void;
  start(signal: AbortSignal): Promise<void>;
  refresh(): Promise<void>;
  markDone(stepId: string): Promise<void>;
  snooze(stepId: string, minutes?: number): Promise<void>;
  quotationSent(): Promise<void>;
  updateProspect(edit: ProspectEdit): Promise<void>;
  openThread(url: string): Promise<void>;
};

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

function openMessageOf(state: TabState | null): OpenMessage | null {
  if (!state?.message) return null;

  const graded = state.outcome.status === 'graded' ? state.outcome.grade : null;
  return { tabId: state.tabId, isInquiry: graded?.kind === 'inquiry' };
}

export function createTodayModel(ports: TodayPorts): TodayModel {
  let snapshot: TodaySnapshot = {
    loaded: false,
    today: null,
    buyer: null,
    open: null,
    busy: null,
    error: null,
  };
  let windowId: number | null = null;
  const listeners = new Set<() => void>();

  const update = (change: Partial<TodaySnapshot>) => {
    snapshot = { ...snapshot, ...change };
    for (const listener of listeners) listener();
  };

  const fail = (error: unknown) => update({ loaded: true, error: errorText(error) });

  // The list and the buyer are asked for side by side, each shown as soon as it comes.
  const refreshToday = async () => {
    update({ loaded: true, today: await ports.getToday(), error: null });
  };

  const refreshBuyer = async () => {
    const [buyer, state] = await Promise.all([ports.getBuyer(windowId), ports.getState(windowId)]);
    update({ buyer, open: openMessageOf(state) });
  };

  const refresh = async () => {
    await Promise.all([refreshToday().catch(fail), refreshBuyer().catch(fail)]);
  };

  // One action at a time; the book's answer arrives as a refresh.
  const act = async (key: string, action: () => Promise<void>) => {
    if (snapshot.busy) return;

    update({ busy: key });
    try {
      await action();
      update({ busy: null });
      await refresh();
    } catch (error) {
      update({ busy: null, error: errorText(error) });
    }
  };

  return {
    snapshot: () => snapshot,

    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    async start(signal) {
      ports.hearBroadcasts((raw) => {
        const parsed = backgroundToPanelSchema.safeParse(raw);
        if (!parsed.success) return;
        if (['book-changed', 'state-changed', 'tab-closed'].includes(parsed.data.type))
          void refresh();
      }, signal);

      windowId = await ports.panelWindow();
      await refresh();
    },

    refresh,

    markDone: (stepId) => act(stepId, () => ports.markDone(stepId)),

    snooze: (stepId, minutes = 60) => act(stepId, () => ports.snooze(stepId, minutes)),

    async quotationSent() {
      const open = snapshot.open;
      if (open) await act('quotation', () => ports.quotationSent(open.tabId));
    },

    async updateProspect(edit) {
      const prospect = snapshot.buyer?.prospect;
      if (prospect) await act('prospect', () => ports.updateProspect(prospect.id, edit));
    },

    openThread: (url) => ports.openThread(url),
  };
}
