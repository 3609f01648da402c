// Puts plain text into a contenteditable editor the way typing does, so the mail client's
// own code hears it and its draft logic runs. Never an HTML string: Gmail enforces Trusted
// Types, and the text is the buyer's mail re-used, which must not become markup.

export type InsertMethod = 'exec-command' | 'dom-fallback' | 'page-handled';

export function insertText(editor: HTMLElement, range: Range, text: string): InsertMethod | null {
  const document = editor.ownerDocument;
  const selection = document.getSelection();
  if (!selection) return null;

  const probe = firstLine(text);
  const countBefore = occurrences(editor, probe);
  const landed = () => occurrences(editor, probe) > countBefore;

  editor.focus({ preventScroll: true });
  selection.removeAllRanges();
  selection.addRange(range);

  // Chromium's execCommand fires `input` but no `beforeinput` (tests/browser/insert-reply),
  // so the page first hears the beforeinput typing would send. An editor that handles input
  // itself (ProseMirror, Lexical) cancels it and inserts the text on its own.
  const beforeInput = new InputEvent('beforeinput', {
    inputType: 'insertText',
    data: text,
    bubbles: true,
    cancelable: true,
    composed: true,
  });
  if (!editor.dispatchEvent(beforeInput)) return landed() ? 'page-handled' : null;

  // The typing path: one undo step, trusted input events, escaping done by the browser.
  execInsertText(document, text);
  if (landed()) return 'exec-command';

  insertNodes(editor, range, text);
  return landed() ? 'dom-fallback' : null;
}

// Deprecated but implemented by every browser, and still the only way to type for a script.
function execInsertText(document: Document, text: string): void {
  try {
    document.execCommand('insertText', false, text);
  } catch {
    // A DOM without editing commands (a test DOM): the fallback below takes over.
  }
}

// Text nodes and <br> elements, built one by one: no markup is parsed.
function insertNodes(editor: HTMLElement, range: Range, text: string): void {
  const document = editor.ownerDocument;
  const fragment = document.createDocumentFragment();
  text.split('\n').forEach((line, index) => {
    if (index > 0) fragment.append(document.createElement('br'));
    if (line) fragment.append(document.createTextNode(line));
  });

  const last = fragment.lastChild;
  range.insertNode(fragment);
  if (last) {
    range.setStartAfter(last);
    range.collapse(true);
    document.getSelection()?.removeAllRanges();
    document.getSelection()?.addRange(range);
  }

  editor.dispatchEvent(
    new InputEvent('input', { inputType: 'insertText', data: text, bubbles: true, composed: true }),
  );
}

function firstLine(text: string): string {
  return fold(text.split('\n').find((line) => line.trim() !== '') ?? text);
}

// Editors turn runs of spaces into no-break spaces; compare text with both folded.
function fold(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

function occurrences(editor: HTMLElement, probe: string): number {
  if (!probe) return 0;
  return fold(editor.textContent ?? '').split(probe).length - 1;
}
