import { attributeValue, hasHiddenAncestor, normalizedText } from '../dom-text.ts';
import type { ComposeReading, PageHandles, PagePerson } from '../page-reading.ts';
import { probe, probeAll } from '../probe.ts';
import { personOf } from './read-items.ts';
import { stripHash } from './read-thread.ts';
import {
  COMPOSE_RECIPIENTS,
  EDITOR,
  FORM_FIELD,
  ID_FORMAT,
  INLINE_COMPOSE,
  INSERT_BEFORE,
  POPUP_COMPOSE,
  QUOTE,
  SIGNATURE,
} from './selectors.ts';

export type ComposeFound = { reading: ComposeReading; handles: PageHandles };

const ANCHORS = INSERT_BEFORE.join(', ');

// The reply box of the open message first, then any inline reply in the thread; a popup only
// when its own form says it answers this thread (the mole area holds unrelated drafts).
export function readCompose(
  document: Document,
  scopes: Element[],
  threadId: string | null,
): ComposeFound | null {
  for (const scope of scopes) {
    const inline = probe(scope, INLINE_COMPOSE, isInlineCompose);
    if (inline) return describe(inline.element, 'inline-reply');
  }

  const answersThread = (root: Element) =>
    threadId !== null && formField(root, FORM_FIELD.thread, ID_FORMAT.thread) === threadId;
  const popup = probeAll(document, POPUP_COMPOSE, (root) => hasEditor(root) && answersThread(root));
  const root = popup?.elements[0];

  return root ? describe(root, 'popup') : null;
}

function isInlineCompose(root: Element): boolean {
  return !root.closest('[role=dialog]') && !hasHiddenAncestor(root) && hasEditor(root);
}

function hasEditor(root: Element): boolean {
  return editorIn(root) !== null;
}

// Another extension may turn the subject line into a contenteditable box; the body editor
// sits outside the compose form, the subject inside it (mail-clients.md §1.5).
function editorIn(root: Element): Element | null {
  const isBodyEditor = (element: Element) =>
    !element.closest('form') && !['input', 'textarea'].includes(element.localName);

  return probe(root, EDITOR, isBodyEditor)?.element ?? null;
}

function describe(root: Element, kind: ComposeReading['kind']): ComposeFound | null {
  const editor = editorIn(root);
  if (!editor) return null;

  const anchor = editor.querySelector(ANCHORS);
  const signature = editor.querySelector(SIGNATURE.join(', '));
  const reading: ComposeReading = {
    kind,
    editor: selectorFor(editor),
    composeId: formField(root, FORM_FIELD.composeId, /^\w+$/) ?? composeIdOf(root),
    draftId: formField(root, FORM_FIELD.draft, ID_FORMAT.draft),
    threadId: formField(root, FORM_FIELD.thread, ID_FORMAT.thread),
    to: recipients(root),
    userText: normalizedText(editor, { prepare: cutFromAnchor }),
    signatureText: signature ? normalizedText(signature) || null : null,
    insertBefore: anchor
      ? (INSERT_BEFORE.find((selector) => anchor.matches(selector)) ?? null)
      : null,
    quotedInEditor: editor.querySelector(QUOTE.join(', ')) !== null,
  };

  return { reading, handles: { composeRoot: root, editor, insertBefore: anchor } };
}

function formField(root: Element, selector: string, format: RegExp): string | null {
  const value = stripHash(attributeValue(root.querySelector(selector), 'value'));
  return value && format.test(value) ? value : null;
}

function composeIdOf(root: Element): string | null {
  return attributeValue(
    root.closest('[data-compose-id]') ?? root.querySelector('[data-compose-id]'),
    'data-compose-id',
  );
}

function recipients(root: Element): PagePerson[] {
  const found = probeAll(root, COMPOSE_RECIPIENTS)?.elements ?? [];
  const people = found.map(personOf).filter((person): person is PagePerson => person !== null);

  return people.filter(
    (person, i) => people.findIndex((other) => other.email === person.email) === i,
  );
}

// Text the user typed: everything before the signature or quote the insertion goes above.
function cutFromAnchor(clone: Element): void {
  const anchor = clone.querySelector(ANCHORS);
  for (let node: Element | null = anchor; node && node !== clone; node = node.parentElement) {
    while (node.nextSibling) node.nextSibling.remove();
  }

  anchor?.remove();
}

function selectorFor(editor: Element): string {
  const id = editor.getAttribute('id');
  if (id) return `[id="${id.replace(/["\\]/g, '\\$&')}"]`;

  return '[g_editable="true"][contenteditable="true"]';
}
