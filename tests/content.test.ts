/** @vitest-environment happy-dom */
import '../src/messages/zod-setup.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readGmail } from '../src/adapters/gmail/read-gmail.ts';
import { followOpenMessage } from '../src/content/follow-open-message.ts';
import { isGmailThreadRoute, watchRoutes } from '../src/content/routes.ts';
import { toPageRead } from '../src/content/to-page-read.ts';
import { contentToBackgroundSchema, type PageRead } from '../src/messages/content-to-background.ts';

// The content script's timing on the saved Gmail pages: when it reads, what it sends, and
// that an open message's observers die with it. Real reader, fake clock, fake worker.

const fixtures = join(import.meta.dirname, '../../shared/fixtures/dom');
const single = 'gmail-thread-single';

function load(name: string): string {
  const html = readFileSync(`${fixtures}/${name}.html`, 'utf8');
  const url = JSON.parse(readFileSync(`${fixtures}/${name}.expected.json`, 'utf8')).url;
  document.documentElement.innerHTML = new DOMParser().parseFromString(
    html,
    'text/html',
  ).documentElement.innerHTML;
  return url;
}

let reads = 0;
const errors: unknown[] = [];

function follow(url: string, signal: AbortSignal) {
  const sent: PageRead[] = [];
  followOpenMessage(
    {
      document,
      url,
      read: (...args) => {
        reads += 1;
        return readGmail(...args);
      },
      toPageRead,
      send: (pageRead) => sent.push(pageRead),
      onError: (error) => errors.push(error),
      now: Date.now,
    },
    signal,
  );
  return sent;
}

beforeEach(() => {
  vi.useFakeTimers();
  reads = 0;
  errors.length = 0;
});

afterEach(() => {
  vi.useRealTimers();
});

describe('following the open message', () => {
  it('sends one valid page-read once the page settles', async () => {
    const sent = follow(load(single), new AbortController().signal);
    expect(sent).toHaveLength(0);

    await vi.advanceTimersByTimeAsync(300);

    expect(sent).toHaveLength(1);
    expect(contentToBackgroundSchema.parse(sent[0])).toMatchObject({
      reading: { status: 'ok', message: { from: { email: 'billing@northwind-supplies.example' } } },
    });
  });

  it('sends nothing again when Gmail redraws the same message', async () => {
    const sent = follow(load(single), new AbortController().signal);
    await vi.advanceTimersByTimeAsync(300);

    document.querySelector('[role="main"]')?.append(document.createElement('div'));
    await vi.advanceTimersByTimeAsync(300);

    expect(sent).toHaveLength(1);
  });

  it('does not read again while the user types a reply under the message', async () => {
    follow(load(single), new AbortController().signal);
    await vi.advanceTimersByTimeAsync(300);
    const readsBefore = reads;

    const editor = document.createElement('div');
    editor.setAttribute('contenteditable', 'true');
    document.querySelector('[role="main"]')?.append(editor);
    await vi.advanceTimersByTimeAsync(300);
    expect(reads).toBe(readsBefore + 1);

    editor.append('Dear Ms Raman, ');
    await vi.advanceTimersByTimeAsync(300);
    expect(reads).toBe(readsBefore + 1);
  });

  it('waits before calling a page unreadable, in case the body is still coming', async () => {
    const sent = follow(load('gmail-changed-ui'), new AbortController().signal);

    await vi.advanceTimersByTimeAsync(2500);
    expect(sent).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1000);

    expect(sent).toHaveLength(1);
    expect(sent[0]?.reading.status).toBe('unreadable');
  });

  it('reports a reader that throws as a page it could not read', async () => {
    const sent: PageRead[] = [];
    const url = load(single);
    followOpenMessage(
      {
        document,
        url,
        read: () => {
          throw new Error('selector table out of date');
        },
        toPageRead,
        send: (pageRead) => sent.push(pageRead),
        onError: (error) => errors.push(error),
        now: Date.now,
      },
      new AbortController().signal,
    );

    await vi.advanceTimersByTimeAsync(3500);

    expect(sent.map((pageRead) => pageRead.reading)).toEqual([
      { status: 'unreadable', failed: ['reader'] },
    ]);
    expect(errors[0]).toBeInstanceOf(Error);
  });

  it('stops when its message is closed', async () => {
    const open = new AbortController();
    const sent = follow(load(single), open.signal);

    open.abort();
    await vi.advanceTimersByTimeAsync(5000);

    expect(sent).toHaveLength(0);
  });
});

describe('Gmail routes', () => {
  it.each([
    ['https://mail.google.com/mail/u/0/#inbox/FMfcgzQXkTbRmJwPcLdNvBsHqZtKrWxY', true],
    ['https://mail.google.com/mail/u/0/#label/Work/FMfcgzQXkTbRmJwPcLdNvBsHqZtKrWxY', true],
    ['https://mail.google.com/mail/u/0/#inbox/18c2f0a1b2c3d4e5', true],
    ['https://mail.google.com/mail/u/0/#inbox', false],
    ['https://mail.google.com/mail/u/0/#label/Work', false],
    ['https://mail.google.com/mail/u/0/', false],
  ])('%s opens a thread: %s', (url, expected) => {
    expect(isGmailThreadRoute(url)).toBe(expected);
  });

  it('aborts the previous route when the hash changes', () => {
    const routes: AbortSignal[] = [];
    const lifetime = new AbortController();
    watchRoutes(window, (_, signal) => routes.push(signal), lifetime.signal);

    window.dispatchEvent(new HashChangeEvent('hashchange'));

    expect(routes.map((signal) => signal.aborted)).toEqual([true, false]);
    lifetime.abort();
    expect(routes[1]?.aborted).toBe(true);
  });
});
