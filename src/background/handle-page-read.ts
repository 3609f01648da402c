import type { PageRead } from '../messages/content-to-background.ts';
import type { TabState } from '../messages/tab-state.ts';
import { bookContextFor } from './book/page-hooks.ts';
import { gradeOutcome } from './grade-outcome.ts';
import { loadTabState } from './tab-store.ts';

export type MailTab = { tabId: number; windowId: number };

// A page-read for the message already open keeps "grade it anyway": the content script
// re-reads when Gmail redraws the thread, which is not the user changing their mind.
async function keepsForce(tab: MailTab, messageKey: string): Promise<boolean> {
  const previous = await loadTabState(tab.tabId);
  return (
    previous?.messageKey === messageKey &&
    previous.outcome.status === 'graded' &&
    previous.outcome.forced
  );
}

export async function stateFromPageRead(
  pageRead: PageRead,
  tab: MailTab,
  now: number,
): Promise<TabState> {
  const base = { ...tab, url: pageRead.url, readAt: now };
  const { reading } = pageRead;

  if (reading.status === 'unreadable') {
    return {
      ...base,
      messageKey: null,
      message: null,
      outcome: { status: 'unreadable', failed: reading.failed },
    };
  }

  const force = await keepsForce(tab, reading.messageKey);
  const book = await bookContextFor(pageRead.url, reading.messageKey, reading.message);
  const outcome = await gradeOutcome(reading.message, force, book);
  return { ...base, messageKey: reading.messageKey, message: reading.message, outcome };
}
