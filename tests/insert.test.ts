/** @vitest-environment happy-dom */
import '../src/messages/zod-setup.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { gmailReplyControl } from '../src/adapters/gmail/compose-open.ts';
import { readGmailWithHandles } from '../src/adapters/gmail/read-gmail.ts';
import { insertPointFor } from '../src/adapters/insert-point.ts';
import { insertReply, type ReplyBoxClient } from '../src/adapters/insert-reply.ts';
import { outlookReplyControl } from '../src/adapters/outlook/compose-open.ts';
import { readOutlookWithHandles } from '../src/adapters/outlook/read-outlook.ts';
import { messageKeyOf } from '../src/content/to-page-read.ts';

// Insertion on the saved pages under happy-dom, which has no editing commands: this covers
// choosing the reply box and the place in it, opening a reply, and the DOM fallback. The
// browser's own typing path is covered in Chromium (tests/browser/insert-*.browser.test.ts).

const fixtures = join(import.meta.dirname, '../../shared/fixtures/dom');

function load(name: string): string {
  const html = readFileSync(`${fixtures}/${name}.html`, 'utf8');
  const url: string = JSON.parse(readFileSync(`${fixtures}/${name}.expected.json`, 'utf8')).url;
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.body.replaceChildren(...Array.from(parsed.body.childNodes));
  return url;
}

const gmail: ReplyBoxClient = {
  readWithHandles: readGmailWithHandles,
  replyControl: (doc, _url, reading) => gmailReplyControl(doc, reading),
};
const outlook: ReplyBoxClient = {
  readWithHandles: readOutlookWithHandles,
  replyControl: outlookReplyControl,
};

const events: string[] = [];

beforeEach(() => {
  events.length = 0;
  document.getSelection()?.removeAllRanges();
});

function listen(editor: Element) {
  for (const type of ['beforeinput', 'input']) {
    editor.addEventListener(type, (event) =>
      events.push(`${type}:${(event as InputEvent).inputType}`),
    );
  }
}

function insert(client: ReplyBoxClient, url: string, text: string, waitMs = 500) {
  const key = messageKeyOf(client.readWithHandles(document, url).reading);
  return insertReply(document, () => url, client, {
    text,
    isSameMessage: (reading) => messageKeyOf(reading) === key,
    signal: new AbortController().signal,
    waitMs,
  });
}

const lines = (element: Element | null) =>
  Array.from(element?.childNodes ?? [])
    .map((node) => (node.nodeName === 'BR' ? '\n' : node.textContent))
    .join('');

describe('inserting into an open Gmail reply', () => {
  it('goes above the signature, into the reply box of the open message only', async () => {
    const url = load('gmail-compose-reply');
    const editor = document.getElementById(':wq');
    const popup = document.getElementById(':yb');
    const popupBefore = popup?.innerHTML;
    if (!editor) throw new Error('no editor');
    listen(editor);

    const result = await insert(gmail, url, 'Dear Samir,\n\nDone <b>today</b>.');

    expect(result).toEqual({
      status: 'inserted',
      openedReply: false,
      at: 'above-signature',
      method: 'dom-fallback',
    });
    expect(lines(editor.firstElementChild)).toBe('Dear Samir,\n\nDone <b>today</b>.\n');
    expect(editor.querySelector('b')).toBeNull();
    expect(editor.querySelector('.gmail_signature')?.textContent).toContain('Priya Raman');
    expect(popup?.innerHTML).toBe(popupBefore);
    expect(events).toEqual(['beforeinput:insertText', 'input:insertText']);
  });

  it('keeps what the user typed and puts the reply after it', async () => {
    const url = load('gmail-compose-reply');
    const editor = document.getElementById(':wq');
    editor?.firstElementChild?.replaceChildren('Thanks Samir, see below.');

    await insert(gmail, url, 'Dear Samir,');

    expect(editor?.textContent).toMatch(/^Thanks Samir, see below\.Dear Samir,/);
    expect(lines(editor?.firstElementChild ?? null)).toBe(
      'Thanks Samir, see below.\n\nDear Samir,',
    );
  });

  it('goes at the caret when the user left it in their text', async () => {
    const url = load('gmail-compose-reply');
    const editor = document.getElementById(':wq');
    const line = editor?.firstElementChild;
    if (!line) throw new Error('no first line');
    line.replaceChildren('Hi Samir,');
    const range = document.createRange();
    range.setStart(line.firstChild as Text, 0);
    document.getSelection()?.addRange(range);

    const result = await insert(gmail, url, 'Quick note first.');

    expect(result).toMatchObject({ status: 'inserted', at: 'caret' });
    expect(lines(line)).toBe('Quick note first.\n\nHi Samir,');
  });

  it('ignores a caret in a subject another extension made editable', async () => {
    const url = load('gmail-compose-reply');
    const subject = document.querySelector('h2.hP');
    subject?.setAttribute('contenteditable', 'true');
    const range = document.createRange();
    range.selectNodeContents(subject as Element);
    document.getSelection()?.addRange(range);

    const result = await insert(gmail, url, 'Dear Samir,');

    expect(result).toMatchObject({ status: 'inserted', at: 'above-signature' });
    expect(subject?.textContent).toBe('Quarterly access review - sign-off needed');
    expect(document.getElementById(':wq')?.textContent).toContain('Dear Samir,');
  });
});

describe('opening a reply first', () => {
  it('presses the open message Reply control in Gmail and waits for the box', async () => {
    const url = load('gmail-thread-single');
    const replyArea = document.querySelector('.ip');
    const pressed: string[] = [];
    document.querySelector('.aaq')?.addEventListener('mousedown', () => pressed.push('mousedown'));
    document.querySelector('.aaq')?.addEventListener('click', () => {
      pressed.push('click');
      setTimeout(() => replyArea?.append(gmailReplyBox()), 50);
    });

    const result = await insert(gmail, url, 'Dear Tomasz,');

    expect(pressed).toEqual(['mousedown', 'click']);
    expect(result).toMatchObject({ status: 'inserted', openedReply: true, at: 'above-signature' });
    expect(document.querySelector('[g_editable]')?.textContent).toMatch(/^Dear Tomasz,/);
  });

  it('says so when no reply box appears', async () => {
    const url = load('gmail-thread-single');
    expect(await insert(gmail, url, 'Dear Tomasz,', 200)).toEqual({
      status: 'failed',
      reason: 'no-reply-box',
    });
  });

  it('presses the Reply icon in the open Outlook card', async () => {
    const url = load('outlook-reading-pane');
    const control = outlookReplyControl(
      document,
      url,
      readOutlookWithHandles(document, url).reading,
    );
    expect(control?.getAttribute('aria-label')).toBe('Reply');
    expect(control?.closest('[role=toolbar]')).not.toBeNull();
  });
});

describe('inserting into an open Outlook reply', () => {
  it('goes on the empty first line, above the signature and the quote', async () => {
    const url = load('outlook-compose-reply');
    const editor = document.querySelector('#editorParent_1 [contenteditable="true"]');
    if (!editor) throw new Error('no editor');
    listen(editor);

    const result = await insert(outlook, url, 'Dear Amelia,\nApproved.');

    expect(result).toMatchObject({ status: 'inserted', openedReply: false, at: 'above-signature' });
    expect(lines(editor.firstElementChild)).toBe('Dear Amelia,\nApproved.\n');
    expect(editor.querySelector('#Signature')?.previousElementSibling).toBe(
      editor.firstElementChild,
    );
    expect(events).toEqual(['beforeinput:insertText', 'input:insertText']);
  });

  it('refuses when the page now shows another message', async () => {
    const url = load('outlook-compose-reply');
    const result = await insertReply(document, () => url, outlook, {
      text: 'Dear Amelia,',
      isSameMessage: () => false,
      signal: new AbortController().signal,
    });
    expect(result).toEqual({ status: 'failed', reason: 'message-changed' });
  });

  it('leaves the text out when the page editor cancels it and inserts nothing', async () => {
    const url = load('outlook-compose-reply');
    const editor = document.querySelector('#editorParent_1 [contenteditable="true"]');
    editor?.addEventListener('beforeinput', (event) => event.preventDefault());
    const before = editor?.innerHTML;

    expect(await insert(outlook, url, 'Dear Amelia,')).toEqual({
      status: 'failed',
      reason: 'not-inserted',
    });
    expect(editor?.innerHTML).toBe(before);
  });
});

describe('the place in an editor without signature', () => {
  it('is the end of what is there', () => {
    const editor = document.createElement('div');
    editor.setAttribute('contenteditable', 'true');
    editor.append('Typed');
    document.body.replaceChildren(editor);

    const point = insertPointFor(editor, null, 'Reply', { useCaret: true });
    expect(point.at).toBe('end');
    expect(point.text).toBe('\n\nReply');
  });
});

// The inline reply Gmail draws under a message once Reply is pressed, reduced to what the
// reader needs (gmail-compose-reply.html).
function gmailReplyBox(): Element {
  const region = document.createElement('div');
  region.className = 'M9';
  region.innerHTML = `<div class="aoI" role="region" data-compose-id="c1">
    <form class="bAs"><input type="hidden" name="rt" value="#thread-f:1791453620185427346"></form>
    <div id=":r1" class="Am aiL Al editable" g_editable="true" role="textbox" aria-multiline="true"
      contenteditable="true"><div dir="ltr"><br></div><br><span class="gmail_signature_prefix">-- </span><br>
      <div class="gmail_signature" data-smartmail="gmail_signature">Priya Raman</div></div></div>`;
  return region;
}
