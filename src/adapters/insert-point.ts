// Where a reply goes in a mail client's editor: at the user's caret when it sits in their
// own text, otherwise after what they typed and above the signature and the quoted message
// (mail-clients.md §5.2). The text is given separators so it starts on a line of its own.

export type InsertPlace = 'caret' | 'above-signature' | 'end';
export type InsertPoint = { range: Range; at: InsertPlace; text: string };

const BLOCK = [
  ...['address', 'article', 'aside', 'blockquote', 'dd', 'div', 'dl', 'dt', 'figure', 'footer'],
  ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'li', 'ol', 'p', 'pre', 'section'],
  ...['td', 'th', 'ul'],
].join(', ');

export function insertPointFor(
  editor: Element,
  anchor: Element | null,
  text: string,
  options: { useCaret: boolean },
): InsertPoint {
  const caret = options.useCaret ? caretIn(editor, anchor) : null;
  if (caret) return { range: caret, at: 'caret', text: separated(editor, caret, text) };

  return belowUserText(editor, anchor, text);
}

// A caret inside the signature or the quote is not where a reply belongs.
function caretIn(editor: Element, anchor: Element | null): Range | null {
  const selection = editor.ownerDocument.getSelection();
  if (!selection || selection.rangeCount === 0) return null;

  const range = selection.getRangeAt(0).cloneRange();
  if (!editor.contains(range.startContainer) || !editor.contains(range.endContainer)) return null;
  if (anchor && beforeAnchor(anchor).comparePoint(range.endContainer, range.endOffset) > 0) {
    return null;
  }

  // Words the user selected stay: the reply goes after them, not over them.
  range.collapse(false);
  return range;
}

function beforeAnchor(anchor: Element): Range {
  const range = anchor.ownerDocument.createRange();
  range.setStartBefore(anchor);
  range.collapse(true);
  return range;
}

function belowUserText(editor: Element, anchor: Element | null, text: string): InsertPoint {
  const at: InsertPlace = anchor ? 'above-signature' : 'end';
  const range = editor.ownerDocument.createRange();

  const typed = lastTypedText(editor, anchor);
  if (typed) {
    range.setStart(typed, typed.length);
    return { range, at, text: `\n\n${text}` };
  }

  // A fresh reply box starts with an empty line for the user to type on: use it.
  const emptyLine = firstEmptyLine(editor, anchor);
  if (emptyLine) {
    range.setStart(emptyLine, 0);
    return { range, at, text };
  }

  if (anchor) {
    range.setStartBefore(topLevel(editor, anchor));
    return { range, at, text: `${text}\n` };
  }

  range.selectNodeContents(editor);
  range.collapse(false);
  return { range, at, text };
}

function nodesBefore(editor: Element, anchor: Element | null, show: number): Node[] {
  const walker = editor.ownerDocument.createTreeWalker(editor, show);
  const found: Node[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (anchor && (node === anchor || anchor.contains(node) || follows(node, anchor))) break;
    found.push(node);
  }

  return found;
}

function follows(node: Node, anchor: Element): boolean {
  return (anchor.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
}

function lastTypedText(editor: Element, anchor: Element | null): Text | null {
  const texts = nodesBefore(editor, anchor, NodeFilter.SHOW_TEXT) as Text[];
  return texts.reverse().find((node) => /\S/.test(node.data.replace(/\u00a0/g, ' '))) ?? null;
}

function firstEmptyLine(editor: Element, anchor: Element | null): Element | null {
  const elements = nodesBefore(editor, anchor, NodeFilter.SHOW_ELEMENT) as Element[];
  return (
    elements.find(
      (element) =>
        element.matches(BLOCK) &&
        !element.querySelector(BLOCK) &&
        !/\S/.test(element.textContent ?? '') &&
        Array.from(element.children).every((child) => child.localName === 'br'),
    ) ?? null
  );
}

function topLevel(editor: Element, node: Element): Node {
  let top: Node = node;
  while (top.parentNode && top.parentNode !== editor) top = top.parentNode;
  return top;
}

// At a caret in the middle of a line, the reply still starts and ends on lines of its own.
function separated(editor: Element, caret: Range, text: string): string {
  const block = closestBlock(editor, caret.startContainer);
  const before = caret.cloneRange();
  before.setStart(block, 0);
  const after = caret.cloneRange();
  after.setEnd(block, block.childNodes.length);

  const lead = /\S/.test(lastLine(before.cloneContents())) ? '\n\n' : '';
  const tail = /\S/.test(firstLine(after.cloneContents())) ? '\n\n' : '';
  return `${lead}${text}${tail}`;
}

function closestBlock(editor: Element, node: Node): Element {
  const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  const block = element?.closest(BLOCK);
  return block && editor.contains(block) ? block : editor;
}

// The text of a fragment's lines, split where a <br> or a block starts or ends.
function linesOf(fragment: DocumentFragment): string[] {
  const lines = [''];
  const walker = fragment.ownerDocument.createTreeWalker(
    fragment,
    NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT,
  );
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) {
      lines[lines.length - 1] += (node as Text).data.replace(/\u00a0/g, ' ');
    } else if ((node as Element).localName === 'br' || (node as Element).matches(BLOCK)) {
      lines.push('');
    }
  }

  return lines;
}

const lastLine = (fragment: DocumentFragment) => linesOf(fragment).at(-1) ?? '';
const firstLine = (fragment: DocumentFragment) => linesOf(fragment)[0] ?? '';
