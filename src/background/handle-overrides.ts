import { MessageError } from '../messages/message-error.ts';
import type {
  FactorOverride,
  OverrideTarget,
  UserDataRequest,
} from '../messages/panel-to-background.ts';
import { broadcast } from '../platform/messaging.ts';
import { inquiryKeyOf, type OverrideStore } from './overrides.ts';
import { loadTabState } from './tab-store.ts';

type OverrideRequest = Extract<
  UserDataRequest,
  { type: 'get-overrides' | 'save-override' | 'undo-override' }
>;

// The worker, not the panel, names the inquiry: from the message it keeps for the tab, and
// only while that tab still shows the message the panel asks about.
async function inquiryKeyFor({ tabId, messageKey }: OverrideTarget): Promise<string> {
  const state = await loadTabState(tabId);
  if (!state?.message || state.messageKey !== messageKey) {
    throw new MessageError({
      code: 'unknown-tab',
      message: `Tab ${tabId} no longer shows the message ${messageKey}`,
      issues: [],
    });
  }

  return inquiryKeyOf(messageKey, state.message);
}

async function published(messageKey: string, overrides: FactorOverride[]) {
  await broadcast({ type: 'overrides-changed', messageKey, overrides });
  return overrides;
}

export async function answerOverrides(
  request: OverrideRequest,
  store: OverrideStore,
  now: number,
): Promise<FactorOverride[]> {
  const inquiryKey = await inquiryKeyFor(request);

  switch (request.type) {
    case 'get-overrides':
      return store.list(inquiryKey);
    case 'save-override': {
      const saved = await store.put(inquiryKey, { ...request.override, savedAt: now });
      return published(request.messageKey, saved);
    }
    case 'undo-override':
      return published(request.messageKey, await store.remove(inquiryKey, request.factor));
  }
}
