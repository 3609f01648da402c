import { hasHiddenAncestor } from '../dom-text.ts';
import type { PageReading } from '../page-reading.ts';
import { ProbeLog, probe } from '../probe.ts';
import { REPLY_CONTROL, THREAD_REPLY_CONTROL } from './compose-selectors.ts';
import { scanThread } from './read-thread.ts';

// The control that opens a reply to the open message: its own header button first, then
// the Reply link under it; the thread's bottom Reply link only when the open message is the
// newest, since that link answers the newest (mail-clients.md §1.5, §5.2).
export function gmailReplyControl(document: Document, reading: PageReading): Element | null {
  const index = reading.openMessage?.index;
  const thread = scanThread(document, new ProbeLog());
  const item = index === undefined ? undefined : thread?.items[index];
  if (!thread || !item) return null;

  const own = probe(item, REPLY_CONTROL, isLiveControl);
  if (own) return own.element;

  const isNewest = index === thread.items.length - 1;
  return isNewest
    ? (probe(thread.root, THREAD_REPLY_CONTROL, isLiveControl)?.element ?? null)
    : null;
}

function isLiveControl(element: Element): boolean {
  return !hasHiddenAncestor(element) && !element.closest('[role=dialog], [contenteditable="true"]');
}
