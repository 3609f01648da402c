import { readFile } from 'node:fs/promises';
import { Window } from 'happy-dom';
import { foldWhitespace } from '../../src/adapters/dom-text.ts';
import type { PageReading } from '../../src/adapters/page-reading.ts';

// The saved mail-client pages in ../shared/fixtures/dom and what their README says a check
// compares, shared by the Gmail and the Outlook reader tests.

const FIXTURES = new URL('../../../shared/fixtures/dom/', import.meta.url);

export type Expected = {
  url: string;
  status: PageReading['status'];
  failedAtLeast?: string[];
  partial?: Record<string, string>;
  thread: { id: string; subject: string; messageCount?: number } | null;
  openMessage: {
    index?: number;
    from: { name: string | null; email: string | null };
    bodyText: string;
    signatureText: string | null;
    quotedText: string | null;
    attachments: string[];
  } | null;
  compose: object | null;
  mustNotReturn: string[];
};

const windows: Window[] = [];

// Each test file closes the pages it parsed: afterAll(closeWindows).
export async function closeWindows(): Promise<void> {
  await Promise.all(windows.splice(0).map((window) => window.happyDOM.close()));
}

// Without a URL a page is parsed as a Gmail inbox, the commonest case in the reader tests.
export function parse(html: string, url = 'https://mail.google.com/mail/u/0/#inbox'): Document {
  const window = new Window({ url });
  windows.push(window);
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

export function fixturePath(name: string, ext: 'html' | 'expected.json'): string {
  return new URL(`${name}.${ext}`, FIXTURES).pathname;
}

export async function loadFixture(
  name: string,
): Promise<{ expected: Expected; document: Document }> {
  const expected = JSON.parse(
    await readFile(fixturePath(name, 'expected.json'), 'utf8'),
  ) as Expected;
  const document = parse(await readFile(fixturePath(name, 'html'), 'utf8'), expected.url);
  return { expected, document };
}

export function element(root: ParentNode, selector: string): Element {
  const found = root.querySelector(selector);
  if (!found) throw new Error(`fixture has no ${selector}`);
  return found;
}

export const fold = (text: string | null | undefined) =>
  text == null ? text : foldWhitespace(text);

// Every text a decoy must never leak into.
export function shownText(reading: PageReading): string {
  const open = reading.openMessage;
  return [
    reading.thread?.subject,
    open?.bodyText,
    open?.signatureText,
    open?.quotedText,
    reading.compose?.userText,
  ].join('\n');
}
