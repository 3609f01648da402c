import { normalizedText } from '../dom-text.ts';
import type { ComposeReading, PageHandles, PagePerson } from '../page-reading.ts';
import { probe } from '../probe.ts';
import { personOf } from './people.ts';
import {
  COMPOSE_ROOT,
  EDITOR,
  INSERT_BEFORE,
  QUOTE_BLOCKS,
  QUOTE_HEADER,
  QUOTE_SEPARATOR,
  RECIPIENT_BOX,
  RECIPIENT_PILL,
  REFERENCE_MESSAGE,
  SIGNATURE,
} from './selectors.ts';
import { isLiveConversationPart } from './zones.ts';

export type ComposeFound = { reading: ComposeReading; handles: PageHandles };

const ANCHORS = INSERT_BEFORE.join(', ');
const QUOTED = [QUOTE_HEADER, QUOTE_SEPARATOR, ...QUOTE_BLOCKS, REFERENCE_MESSAGE].join(', ');
// A subject another extension turned editable is still a heading, never the reply box.
const NOT_EDITOR = 'input, textarea, [role=heading], h1, h2, h3, h4, h5, h6, [id$="_SUBJECT"]';

// §2.4: the reply box in the reading pane (inline, or the pop-out form). Failing those, an
// editor in the conversation itself, outside every message card: the pane is a
// [role=main] that holds the editor, which is the doc's last fallback.
export function readCompose(
  pane: Element,
  conversation: Element,
  cards: Element[],
): ComposeFound | null {
  const isBodyEditor = (element: Element) =>
    isLiveConversationPart(element) &&
    !element.closest(NOT_EDITOR) &&
    !cards.some((card) => card.contains(element));
  const editorIn = (root: Element) => probe(root, EDITOR, isBodyEditor)?.element ?? null;

  const root = probe(pane, COMPOSE_ROOT, (el) => editorIn(el) !== null)?.element;
  if (root) return describe(root, editorIn(root));

  return describe(conversation, editorIn(conversation));
}

function describe(root: Element, editor: Element | null): ComposeFound | null {
  if (!editor) return null;

  const anchor = editor.querySelector(ANCHORS);
  const signature = editor.querySelector(SIGNATURE.join(', '));
  const reading: ComposeReading = {
    kind: root.matches('[data-app-section="Form_Content"]') ? 'popup' : 'inline-reply',
    editor: selectorFor(editor),
    // §2.4: OWA shows no compose, draft or thread id in the page.
    composeId: null,
    draftId: null,
    threadId: null,
    to: recipients(root, editor),
    userText: normalizedText(editor, { prepare: cutFromAnchor }),
    signatureText: signature ? normalizedText(signature) || null : null,
    insertBefore: anchor ? (INSERT_BEFORE.find((css) => anchor.matches(css)) ?? null) : null,
    quotedInEditor: editor.querySelector(QUOTED) !== null,
  };

  return { reading, handles: { composeRoot: root, editor, insertBefore: anchor } };
}

// §2.4: the recipient wells are the compose's other editable boxes, people are their pills.
function recipients(root: Element, editor: Element): PagePerson[] {
  const boxes = Array.from(root.querySelectorAll(RECIPIENT_BOX)).filter(
    (box) => !editor.contains(box) && !box.contains(editor),
  );
  const people = boxes
    .flatMap((box) => Array.from(box.querySelectorAll(RECIPIENT_PILL)))
    .map(personOf)
    .filter((person): person is PagePerson => person !== null);

  return people.filter(
    (person, i) =>
      people.findIndex((other) => other.name === person.name && other.email === person.email) === i,
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
  if (id) return idSelector(id);

  const parentId = editor.closest('[id^="editorParent"]')?.getAttribute('id');
  if (parentId) return `${idSelector(parentId)} [contenteditable="true"]`;

  return '[contenteditable="true"][role=textbox][aria-multiline="true"]';
}

// `#id` where the id is a plain identifier, an attribute selector for anything else.
function idSelector(id: string): string {
  if (/^[A-Za-z][\w-]*$/.test(id)) return `#${id}`;
  return `[id="${id.replace(/["\\]/g, '\\$&')}"]`;
}
