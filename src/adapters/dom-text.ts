import type { PagePerson } from './page-reading.ts';

// Text as a reader sees it, without innerText or CSS: the walk in fixtures/dom/README.md.
// It runs on a clone, so mail content is never changed in the page the user looks at.

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
const ASCII_SPACE_RUN = /[ \t\n\r\f]+/g;
const HAS_CONTENT = /[^ \t\n\r\f]/;
const INLINE_HIDDEN = /display\s*:\s*none/i;
const NEVER_SHOWN = 'script, style, template, head';

const BLOCKS = new Set(
  'address article aside blockquote dd div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table tbody thead tfoot tr ul'.split(
    ' ',
  ),
);

export type TextOptions = {
  // Removed from the clone before the walk: quoted history, signatures, anything kept apart.
  remove?: readonly string[];
  // Last edits to the clone, e.g. emoji images replaced by their characters.
  prepare?: (clone: Element) => void;
};

export function normalizedText(element: Element, options: TextOptions = {}): string {
  return finishLines(walkLines(prunedClone(element, options))).join('\n');
}

// The element as the reader sees it: a detached copy without unseen or removed parts.
export function prunedClone(element: Element, options: TextOptions = {}): Element {
  const clone = element.cloneNode(true) as Element;
  removeUnseen(clone);
  for (const selector of options.remove ?? []) removeAll(clone, selector);
  options.prepare?.(clone);

  return clone;
}

export function singleLine(text: string): string {
  return text.split('\n').filter(Boolean).join(' ');
}

// Hidden by markup, not by a stylesheet: stylesheets are the client's, and clients hide the
// message the user just opened, so only attribute-level hiding says "never shown".
export function isInlineHidden(element: Element): boolean {
  return element.hasAttribute('hidden') || INLINE_HIDDEN.test(element.getAttribute('style') ?? '');
}

export function hasHiddenAncestor(element: Element, stop: Element | null = null): boolean {
  for (let node: Element | null = element; node && node !== stop; node = node.parentElement) {
    if (isInlineHidden(node)) return true;
  }

  return false;
}

function removeUnseen(clone: Element): void {
  removeAll(clone, NEVER_SHOWN);
  for (const element of Array.from(clone.querySelectorAll('[hidden], [style]'))) {
    if (isInlineHidden(element)) element.remove();
  }
}

function removeAll(root: Element, selector: string): void {
  for (const element of Array.from(root.querySelectorAll(selector))) element.remove();
}

type Step = { node: Node; leaving: boolean };

// Iterative, because hostile mail can nest deeper than the call stack allows.
function walkLines(root: Element): string[] {
  const lines: string[] = [];
  let current = '';
  const endBlockLine = () => {
    if (!HAS_CONTENT.test(current)) return;
    lines.push(current);
    current = '';
  };
  const stack: Step[] = [{ node: root, leaving: false }];

  for (let step = stack.pop(); step; step = stack.pop()) {
    const { node, leaving } = step;
    if (node.nodeType === TEXT_NODE) {
      current += (node.nodeValue ?? '').replace(ASCII_SPACE_RUN, ' ').replaceAll('\u200b', '');
      continue;
    }

    if (node.nodeType !== ELEMENT_NODE) continue;
    const name = (node as Element).localName;
    if (name === 'br') {
      lines.push(current);
      current = '';
      continue;
    }

    if (BLOCKS.has(name)) endBlockLine();
    if (leaving) {
      if (name === 'td' || name === 'th') current += ' ';
      continue;
    }

    stack.push({ node, leaving: true });
    const children = Array.from(node.childNodes);
    for (let i = children.length - 1; i >= 0; i -= 1) {
      const child = children[i];
      if (child) stack.push({ node: child, leaving: false });
    }
  }

  if (current !== '') lines.push(current);
  return lines;
}

function finishLines(raw: string[]): string[] {
  const lines: string[] = [];
  for (const line of raw) {
    const tidy = line.replaceAll('\u00a0', ' ').replace(/ {2,}/g, ' ').trim();
    if (tidy === '' && (lines.length === 0 || lines.at(-1) === '')) continue;
    lines.push(tidy);
  }

  while (lines.at(-1) === '') lines.pop();
  return lines;
}

const EMAIL = /^[^\s@<>()",;:]+@[^\s@<>()",;:]+\.[^\s@<>()",;:]+$/;

export function isEmailAddress(value: string | null | undefined): value is string {
  return typeof value === 'string' && EMAIL.test(value);
}

// "Name <addr>", "<addr>" or a bare address, as pages print them; null when it is neither.
export function parseNameAddress(text: string): PagePerson | null {
  const tidy = text.replace(/\s+/g, ' ').trim();
  const angled = /^(.*?)\s*<([^<>]+)>$/.exec(tidy);
  if (!angled) return isEmailAddress(tidy) ? { name: null, email: tidy } : null;

  const email = (angled[2] ?? '').trim();
  if (!isEmailAddress(email)) return null;
  const name = (angled[1] ?? '').replace(/^"(.*)"$/, '$1').trim();

  return { name: name === '' ? null : name, email };
}

// Gmail writes ids as the literal string "undefined" while it loads (mail-clients.md §0.2).
export function attributeValue(element: Element | null, name: string): string | null {
  const value = element?.getAttribute(name)?.trim();
  if (!value || value === 'undefined' || value === 'null') return null;

  return value;
}

// Compare texts with runs of white space folded, as the fixtures README does.
export function foldWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
