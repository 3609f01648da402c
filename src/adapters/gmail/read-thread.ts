import { attributeValue, hasHiddenAncestor, normalizedText, singleLine } from '../dom-text.ts';
import type { ProbeLog } from '../probe.ts';
import { probe, probeAll } from '../probe.ts';
import {
  ID_FORMAT,
  MESSAGE_ITEMS,
  NOT_THREAD,
  SUBJECT,
  THREAD_LEGACY_ID,
  THREAD_PERM_ID,
  THREAD_ROOT,
} from './selectors.ts';

export type ThreadScan = {
  root: Element;
  id: string | null;
  legacyId: string | null;
  subject: string | null;
  items: Element[];
};

// Scope before selecting (mail-clients.md §5.1 rule 1): everything else is read inside this.
export function scanThread(document: Document, log: ProbeLog): ThreadScan | null {
  const rootHit = probe(document, THREAD_ROOT, isLiveThreadPart);
  log.record('thread.root', rootHit);
  if (!rootHit) return null;

  const root = rootHit.element;
  const permHit = probe(root, THREAD_PERM_ID, liveWith(threadPermId));
  const legacyHit = probe(root, THREAD_LEGACY_ID, liveWith(threadLegacyId));
  log.record('thread.id', permHit ?? legacyHit);

  const subjectHit = probe(root, SUBJECT, liveWith(subjectOf));
  log.record('thread.subject', subjectHit, 'shown');

  const items = probeAll(root, MESSAGE_ITEMS, isLiveThreadPart);
  log.record('thread.messages', items, 'optional');

  return {
    root,
    id: permHit ? threadPermId(permHit.element) : null,
    legacyId: legacyHit ? threadLegacyId(legacyHit.element) : null,
    subject: subjectHit ? subjectOf(subjectHit.element) : null,
    items: outermost(items?.elements ?? []),
  };
}

function liveWith(read: (element: Element) => string | null) {
  return (element: Element) => isLiveThreadPart(element) && read(element) !== null;
}

function outermost(elements: Element[]): Element[] {
  return elements.filter((el) => !elements.some((other) => other !== el && other.contains(el)));
}

// Gmail keeps earlier views in the page, hidden by an inline style (the inbox list behind an
// open thread), and the list, side panel and compose dialogs are never the thread.
export function isLiveThreadPart(element: Element): boolean {
  return !element.closest(NOT_THREAD) && !hasHiddenAncestor(element);
}

export function stripHash(value: string | null): string | null {
  return value?.replace(/^#/, '') ?? null;
}

function threadPermId(element: Element): string | null {
  const raw = element.localName === 'input' ? attributeValue(element, 'value') : null;
  const id = stripHash(attributeValue(element, 'data-thread-perm-id') ?? raw);

  return id && ID_FORMAT.thread.test(id) ? id : null;
}

function threadLegacyId(element: Element): string | null {
  const id = attributeValue(element, 'data-legacy-thread-id');
  return id && ID_FORMAT.legacy.test(id) ? id : null;
}

// §1.3: subjects may hold emoji as images; their characters are in data-emoji.
function subjectOf(element: Element): string | null {
  const withEmoji = (clone: Element) => {
    for (const image of Array.from(clone.querySelectorAll('img[data-emoji]'))) {
      image.replaceWith(clone.ownerDocument.createTextNode(image.getAttribute('data-emoji') ?? ''));
    }
  };

  return singleLine(normalizedText(element, { prepare: withEmoji })) || null;
}
