import { hasHiddenAncestor } from '../dom-text.ts';
import type { PageReading } from '../page-reading.ts';
import { ProbeLog, probe } from '../probe.ts';
import { REPLY_CONTROL } from './compose-selectors.ts';
import { scanConversation } from './read-conversation.ts';

// The Reply button in the open message's own toolbar (mail-clients.md §2.4), never the
// reading pane's global one, which answers whatever OWA considers selected.
export function outlookReplyControl(
  document: Document,
  url: string,
  reading: PageReading,
): Element | null {
  const index = reading.openMessage?.index;
  const card =
    index === undefined ? undefined : scanConversation(document, url, new ProbeLog()).cards[index];
  if (!card) return null;

  const isLive = (element: Element) =>
    !hasHiddenAncestor(element) && !element.closest('[contenteditable="true"]');
  return probe(card, REPLY_CONTROL, isLive)?.element ?? null;
}
