import type { InsertResult } from '../messages/background-to-content.ts';
import { pressControl } from './compose-click.ts';
import { insertPointFor } from './insert-point.ts';
import { insertText } from './insert-text.ts';
import type { PageHandles, PageReading } from './page-reading.ts';

// One click from the panel into the open message's reply box, for either client: check the
// page still shows the message the reply was written for, open the reply if none is open,
// put the text where the user would type it. Only the reader's own compose handles are
// used, so a subject another extension made editable or an unrelated draft is never touched.

export type ReplyBoxClient = {
  readWithHandles(document: Document, url: string): { reading: PageReading; handles: PageHandles };
  // The control that opens a reply to the open message, or null.
  replyControl(document: Document, url: string, reading: PageReading): Element | null;
};

export type InsertRequest = {
  text: string;
  isSameMessage: (reading: PageReading) => boolean;
  signal: AbortSignal;
  // How long the client may take to draw its reply box after Reply is pressed.
  waitMs?: number;
};

const REPLY_BOX_WAIT_MS = 4000;

export async function insertReply(
  document: Document,
  url: () => string,
  client: ReplyBoxClient,
  request: InsertRequest,
): Promise<InsertResult> {
  const first = client.readWithHandles(document, url());
  if (first.reading.status === 'unreadable') return failed('unreadable');
  if (!request.isSameMessage(first.reading)) return failed('message-changed');

  let handles = first.handles;
  const openedReply = handles.editor === null;
  if (openedReply) {
    const control = client.replyControl(document, url(), first.reading);
    if (!control) return failed('no-reply-button');

    pressControl(control);
    const found = await waitForReplyBox(document, url, client, request, control);
    if (found === 'changed' || request.signal.aborted) return failed('message-changed');
    if (!found) return failed('no-reply-box');
    handles = found;
  }

  const editor = handles.editor;
  if (!(editor instanceof HTMLElement) || !editor.isContentEditable) return failed('not-inserted');

  // Right after Reply the caret is where the client put it, not where the user did.
  const point = insertPointFor(editor, handles.insertBefore, normalized(request.text), {
    useCaret: !openedReply,
  });
  const method = insertText(editor, point.range, point.text);
  if (!method) return failed('not-inserted');

  return { status: 'inserted', openedReply, at: point.at, method };
}

// Waits on the region around the Reply control only, re-reading at most every 100 ms.
// 'changed': the page moved on to another message meanwhile.
function waitForReplyBox(
  document: Document,
  url: () => string,
  client: ReplyBoxClient,
  request: InsertRequest,
  control: Element,
): Promise<PageHandles | 'changed' | null> {
  const region = control.closest('[role=main]') ?? document.body;

  return new Promise((resolve) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const done = (handles: PageHandles | 'changed' | null) => {
      observer.disconnect();
      clearTimeout(timer);
      clearTimeout(giveUp);
      request.signal.removeEventListener('abort', stop);
      resolve(handles);
    };
    const stop = () => done(null);

    const check = () => {
      timer = undefined;
      const { reading, handles } = client.readWithHandles(document, url());
      if (reading.status !== 'unreadable' && !request.isSameMessage(reading)) done('changed');
      else if (handles.editor) done(handles);
    };

    const observer = new MutationObserver(() => {
      timer ??= setTimeout(check, 100);
    });
    observer.observe(region, { childList: true, subtree: true });
    const giveUp = setTimeout(() => done(null), request.waitMs ?? REPLY_BOX_WAIT_MS);
    request.signal.addEventListener('abort', stop, { once: true });
    check();
  });
}

function normalized(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/\n+$/, '');
}

const failed = (reason: Extract<InsertResult, { status: 'failed' }>['reason']): InsertResult => ({
  status: 'failed',
  reason,
});
