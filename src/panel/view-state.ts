import type { TabState } from '../messages/tab-state.ts';

// The panel's five states, as outside tests see them in data-state (a fixed contract).
export type ViewState = 'graded' | 'reply' | 'not-inquiry' | 'unreadable' | 'empty';

const GRADE_STATES = { inquiry: 'graded', reply: 'reply', other: 'not-inquiry' } as const;

export function viewStateOf(tab: TabState | null): ViewState {
  if (!tab) {
    return 'empty';
  }

  // A message the scorer failed on shows as unreadable: the user can do nothing more with it.
  if (tab.outcome.status !== 'graded') {
    return 'unreadable';
  }

  return GRADE_STATES[tab.outcome.grade.kind];
}
