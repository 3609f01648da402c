import {
  attributeValue,
  isEmailAddress,
  normalizedText,
  parseNameAddress,
  singleLine,
} from '../dom-text.ts';
import type { MessageSummary, PagePerson } from '../page-reading.ts';
import type { Hit } from '../probe.ts';
import { matchesAny, probe, tolerantSelector } from '../probe.ts';
import { stripHash } from './read-thread.ts';
import {
  BODY,
  COMPOSE_ZONE,
  DATE,
  EXPANDED_ITEM,
  ID_FORMAT,
  MESSAGE_ROOT,
  SENDER,
  SENDER_TEXT,
} from './selectors.ts';

const BODY_ZONE = tolerantSelector('.ii.gt, .a3s');

export type MessageItem = {
  item: Element;
  root: Hit | null;
  body: Hit | null;
  sender: Hit | null;
  date: Hit | null;
  summary: MessageSummary;
};

export function scanItem(item: Element, index: number): MessageItem {
  const root = probe(item, MESSAGE_ROOT, outsideCompose);
  const body = root ? probe(root.element, BODY, isReadableBody) : null;
  const sender = probe(item, SENDER, isHeaderPerson) ?? probe(item, SENDER_TEXT, isHeaderText);
  const ids = root ? messageIds(root.element) : { id: null, legacyId: null };
  const date = probe(item, DATE, inHeader);
  const summary: MessageSummary = {
    index,
    ...ids,
    from: sender ? personOf(sender.element) : null,
    date: dateOf(date?.element ?? null),
    // An expanded item without a readable body stays a candidate, so the reading fails on the
    // body instead of falling back to an older message the user is not looking at.
    expanded: matchesAny(item, EXPANDED_ITEM),
    isDraft: isDraft(root?.element ?? null, ids.id, ids.legacyId),
  };

  return { item, root, body, sender, date, summary };
}

// mail-clients.md §1.4: the newest expanded message that is not a draft, unless the user has
// put the focus inside another one.
export function pickOpen(document: Document, items: MessageItem[]): MessageItem | null {
  const open = items.filter(({ summary }) => summary.expanded && !summary.isDraft);
  const focused = document.activeElement?.closest('[role=listitem]');
  const chosen = open.find(({ item }) => focused && item.contains(focused));

  return chosen ?? open.at(-1) ?? null;
}

// Person fields read from Gmail's own attributes (email=, name=), the text only as a fallback.
export function personOf(element: Element): PagePerson | null {
  const email = attributeValue(element, 'email') ?? attributeValue(element, 'data-hovercard-id');
  const name = attributeValue(element, 'name') ?? attributeValue(element, 'data-name');
  if (isEmailAddress(email)) return { name: name ?? textOf(element), email };

  return parseNameAddress(normalizedText(element));
}

export function outsideCompose(element: Element): boolean {
  return !element.closest(COMPOSE_ZONE);
}

const EDITABLE = '[contenteditable]:not([contenteditable="false"])';

// §1.3: a body the user can type into, or one wrapping such a box, is an editor whatever its
// classes say.
function isReadableBody(element: Element): boolean {
  return outsideCompose(element) && !element.closest(EDITABLE) && !element.querySelector(EDITABLE);
}

// Mail content is hostile: a body may carry look-alike header markup, so it never counts.
export function inHeader(element: Element): boolean {
  return outsideCompose(element) && !element.closest(BODY_ZONE);
}

// The details popup repeats people under other names ("me" vs the full name); the header
// line is what the fields mean.
export function isHeaderPerson(element: Element): boolean {
  return inHeader(element) && !element.closest('[role=dialog]') && personOf(element) !== null;
}

function isHeaderText(element: Element): boolean {
  return inHeader(element) && parseNameAddress(normalizedText(element))?.email != null;
}

function dateOf(element: Element | null): string | null {
  return attributeValue(element, 'title') ?? attributeValue(element, 'alt');
}

function textOf(element: Element): string | null {
  const text = singleLine(normalizedText(element));
  return text === '' ? null : text;
}

function messageIds(root: Element): { id: string | null; legacyId: string | null } {
  const id = stripHash(attributeValue(root, 'data-message-id'));
  const legacy = attributeValue(root, 'data-legacy-message-id') ?? oldLegacyId(root);

  return {
    id: id && ID_FORMAT.message.test(id) ? id : null,
    legacyId: legacy && ID_FORMAT.legacy.test(legacy) ? legacy : null,
  };
}

// §1.3: before 2018 the hex id was a class `m<hex>` on div.ii.gt or its child.
function oldLegacyId(root: Element): string | null {
  for (const element of Array.from(root.querySelectorAll('.ii.gt, .ii.gt > div'))) {
    for (const token of Array.from(element.classList)) {
      const match = ID_FORMAT.oldMessageClass.exec(token);
      if (match?.[1]) return match[1];
    }
  }

  return null;
}

// §1.4: a root holding an editor, or an own message that has no legacy id yet (InboxSDK's
// "recent draft" rule).
function isDraft(root: Element | null, id: string | null, legacyId: string | null): boolean {
  if (root?.querySelector('[g_editable]')) return true;
  return id?.startsWith('msg-a:') === true && legacyId === null;
}
