import { hasHiddenAncestor } from '../dom-text.ts';
import { BODY_ZONE, COMPOSE_ROOT, EDITABLE, NOT_CONVERSATION } from './selectors.ts';

// Where a field may come from. Validators on every hit (mail-clients.md §5.1 rule 3).

export const COMPOSE_ROOT_CSS = COMPOSE_ROOT.map((candidate) => candidate.css).join(', ');

// Lists, side panes and dialogs (OWA's or another extension's) are never the conversation.
export function isLiveConversationPart(element: Element): boolean {
  return !element.closest(NOT_CONVERSATION) && !hasHiddenAncestor(element);
}

// Header fields: outside any message body (mail is hostile and may imitate OWA's markup),
// any editor and any compose form.
export function isHeaderPart(element: Element): boolean {
  if (!isLiveConversationPart(element)) return false;

  return (
    !element.closest(BODY_ZONE) && !element.closest(EDITABLE) && !element.closest(COMPOSE_ROOT_CSS)
  );
}
