import { MessageError } from '../messages/message-error.ts';
import type { TabState } from '../messages/tab-state.ts';
import { bookContextFor } from './book/page-hooks.ts';
import { gradeOutcome } from './grade-outcome.ts';
import { loadTabState } from './tab-store.ts';

// Grades the tab's open message as an inquiry even though the gate called it other mail.
// readAt is kept: grading anyway is not reading another message.
export async function stateGradedAnyway(tabId: number): Promise<TabState> {
  const previous = await loadTabState(tabId);
  if (!previous?.message) {
    throw new MessageError({
      code: 'unknown-tab',
      message: `No readable message is known for tab ${tabId}`,
      issues: [],
    });
  }

  const book = previous.messageKey
    ? await bookContextFor(previous.url, previous.messageKey, previous.message)
    : {};
  const outcome = await gradeOutcome(previous.message, true, book);
  return { ...previous, outcome };
}
