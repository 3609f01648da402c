import type { z } from 'zod';
import { contentToBackgroundSchema } from '../messages/content-to-background.ts';
import { invalidMessage, MessageError, type Reply } from '../messages/message-error.ts';
import { panelToBackgroundSchema } from '../messages/panel-to-background.ts';
import type { TabState } from '../messages/tab-state.ts';
import type { Runtime } from '../platform/browser.ts';
import { log } from '../platform/log.ts';
import { broadcast } from '../platform/messaging.ts';
import { recordTabState } from './book/page-hooks.ts';
import { stateGradedAnyway } from './handle-grade-anyway.ts';
import { stateFromPageRead } from './handle-page-read.ts';
import { latestTabState, loadTabState, saveTabState } from './tab-store.ts';

// The worker's single entry for one-time messages, from a content script or from an
// extension page; each is held to its own direction's schema. A sender's tab does not tell
// them apart (the panel page opened as a tab has one too); its URL does.

export type AnswerContext = {
  now: number;
  // runtime.getURL(''): where the extension's own pages live.
  extensionUrl: string;
};

function parse<T>(schema: z.ZodType<T>, message: unknown): T {
  const parsed = schema.safeParse(message);
  if (!parsed.success) {
    throw invalidMessage(parsed.error);
  }

  return parsed.data;
}

async function publish(state: TabState): Promise<TabState> {
  await saveTabState(state);
  await broadcast({ type: 'state-changed', state });
  return state;
}

async function answerContent(message: unknown, tab: Runtime.MessageSender['tab'], now: number) {
  const pageRead = parse(contentToBackgroundSchema, message);
  if (tab?.id === undefined || tab.windowId === undefined) {
    throw new MessageError({ code: 'unknown-tab', message: 'Sender has no tab', issues: [] });
  }

  const state = await stateFromPageRead(pageRead, { tabId: tab.id, windowId: tab.windowId }, now);

  // Two quick navigations grade concurrently; the later read wins whichever finishes last.
  const stored = await loadTabState(state.tabId);
  if (!stored || stored.readAt <= state.readAt) {
    await publish(state);
  }

  // After the panel has its grade: the prospect book and the cadence follow the mail read.
  await recordTabState(state, now);
  return null;
}

async function answerPanel(message: unknown, now: number): Promise<TabState | null> {
  const panelMessage = parse(panelToBackgroundSchema, message);

  switch (panelMessage.type) {
    case 'get-state':
      return latestTabState(panelMessage.windowId);
    case 'grade-anyway': {
      const state = await publish(await stateGradedAnyway(panelMessage.tabId));
      await recordTabState(state, now);
      return state;
    }
  }
}

export async function answerMessage(
  message: unknown,
  sender: Runtime.MessageSender,
  context: AnswerContext,
): Promise<Reply<unknown>> {
  try {
    const fromExtensionPage = sender.url?.startsWith(context.extensionUrl) ?? false;
    const data = fromExtensionPage
      ? await answerPanel(message, context.now)
      : await answerContent(message, sender.tab, context.now);
    return { ok: true, data };
  } catch (error) {
    if (error instanceof MessageError) {
      return { ok: false, error: error.toData() };
    }

    log.error('answering a message', error);
    const text = error instanceof Error ? error.message : String(error);
    return { ok: false, error: { code: 'internal', message: text, issues: [] } };
  }
}
