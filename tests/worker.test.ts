import '../src/messages/zod-setup.ts';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Grade } from '../src/core/grade-types.ts';
import type { TabState } from '../src/messages/tab-state.ts';
import { inquiryGrade, inquiryMessage } from './support/tab-states.ts';

// The worker's message handling against a fake browser (storage as maps, no panel open)
// and a hand-built grader: what it stores, answers and broadcasts.

const fake = vi.hoisted(() => ({
  session: new Map<string, unknown>(),
  local: new Map<string, unknown>(),
  broadcasts: [] as unknown[],
}));

vi.mock('../src/platform/browser.ts', () => {
  const area = (store: Map<string, unknown>) => ({
    get: async (keys: string | string[] | null) => {
      const wanted = keys === null ? [...store.keys()] : [keys].flat();
      return Object.fromEntries(
        wanted.filter((key) => store.has(key)).map((key) => [key, store.get(key)]),
      );
    },
    set: async (items: Record<string, unknown>) => {
      for (const [key, value] of Object.entries(items)) {
        store.set(key, structuredClone(value));
      }
    },
    remove: async (key: string) => void store.delete(key),
  });

  return {
    browser: {
      storage: { session: area(fake.session), local: area(fake.local) },
      runtime: {
        sendMessage: async (message: unknown) => {
          fake.broadcasts.push(message);
          throw new Error('Could not establish connection. Receiving end does not exist.');
        },
      },
    },
    isExtensionPage: () => false,
    listen: () => {},
  };
});

const gradeMail = vi.hoisted(() => vi.fn());
vi.mock('../src/core/grade.ts', () => ({ gradeMail }));

const { answerMessage } = await import('../src/background/answer.ts');

const extensionUrl = 'chrome-extension://abcdefghijklmnop/';
const panelSender = { url: `${extensionUrl}src/panel/index.html` };
const mailTab = (id: number, windowId: number) => ({
  url: 'https://mail.google.com/mail/u/0/',
  tab: { id, windowId } as never,
});

const other: Grade = { kind: 'other', reason: 'no-trade-content', language: null };

const pageRead = (messageKey: string, subject = 'Catalogue request') => ({
  type: 'page-read',
  url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXkTbRmJwPcLdNvBsHqZtKrWxY',
  reading: { status: 'ok', messageKey, message: { ...inquiryMessage, subject } },
});

const fromTab = (message: unknown, tabId: number, windowId: number, now: number) =>
  answerMessage(message, mailTab(tabId, windowId), { now, extensionUrl });

const fromPanel = (message: unknown) =>
  answerMessage(message, panelSender, { now: 0, extensionUrl });

const stored = (tabId: number) => fake.session.get(`tab:${tabId}`) as TabState | undefined;

beforeEach(() => {
  fake.session.clear();
  fake.local.clear();
  fake.broadcasts.length = 0;
  gradeMail.mockReset();
  gradeMail.mockImplementation((_message, options) => (options?.force ? inquiryGrade : other));
});

describe('a page read by the content script', () => {
  it('is graded, kept in storage.session and broadcast to panels', async () => {
    expect(await fromTab(pageRead('gmail:t/1'), 4, 1, 1000)).toEqual({ ok: true, data: null });

    expect(stored(4)).toMatchObject({
      tabId: 4,
      windowId: 1,
      readAt: 1000,
      messageKey: 'gmail:t/1',
    });
    expect(stored(4)?.outcome).toEqual({ status: 'graded', grade: other, forced: false });
    expect(fake.broadcasts).toEqual([{ type: 'state-changed', state: stored(4) }]);
  });

  it('grades with the seller settings kept in storage.local, empty by default', async () => {
    await fromTab(pageRead('gmail:t/1'), 4, 1, 1000);
    expect(gradeMail.mock.calls[0]?.[1]).toMatchObject({
      context: { ownDomains: [] },
      profile: { catalogue: [], targetMarkets: [] },
      force: false,
    });

    fake.local.set('settings', { ownDomains: ['our-valves.example'] });
    fake.local.set('profile', { catalogue: 'not a list' });
    await fromTab(pageRead('gmail:t/2'), 4, 1, 2000);
    expect(gradeMail.mock.calls[1]?.[1]).toMatchObject({
      context: { ownDomains: ['our-valves.example'] },
      profile: { catalogue: [] },
    });
  });

  it('is kept as unreadable, with the probes that failed', async () => {
    const unreadable = {
      ...pageRead('k'),
      reading: { status: 'unreadable', failed: ['openMessage.body'] },
    };
    await fromTab(unreadable, 4, 1, 1000);

    expect(stored(4)).toMatchObject({
      message: null,
      outcome: { status: 'unreadable', failed: ['openMessage.body'] },
    });
    expect(gradeMail).not.toHaveBeenCalled();
  });

  it('becomes "could not grade" when the scorer throws', async () => {
    gradeMail.mockImplementation(() => {
      throw new Error('rule exploded');
    });
    await fromTab(pageRead('gmail:t/1'), 4, 1, 1000);

    expect(stored(4)?.outcome).toMatchObject({
      status: 'grade-failed',
      error: { message: 'rule exploded' },
    });
  });

  it('is refused with the fields it got wrong', async () => {
    const reply = await fromTab({ ...pageRead('k'), url: 'http://mail.google.com/' }, 4, 1, 1000);

    expect(reply).toMatchObject({
      ok: false,
      error: { code: 'invalid-message', issues: [expect.stringMatching(/^url/)] },
    });
    expect(fake.session.size).toBe(0);
  });

  it('never overwrites a later read of the same tab', async () => {
    await fromTab(pageRead('gmail:t/2', 'newer'), 4, 1, 2000);
    await fromTab(pageRead('gmail:t/1', 'older'), 4, 1, 1000);

    expect(stored(4)?.message?.subject).toBe('newer');
  });
});

describe('requests from the panel', () => {
  beforeEach(async () => {
    await fromTab(pageRead('gmail:a/1', 'window 1, first'), 1, 1, 1000);
    await fromTab(pageRead('gmail:b/1', 'window 2'), 2, 2, 2000);
    await fromTab(pageRead('gmail:c/1', 'window 1, last'), 3, 1, 3000);
  });

  it.each([
    ['its window', 1, 'window 1, last'],
    ['another window', 2, 'window 2'],
    ['any window, when open as a tab', null, 'window 1, last'],
  ])('get the message most recently read in %s', async (_, windowId, subject) => {
    const reply = await fromPanel({ type: 'get-state', windowId });
    expect(reply).toMatchObject({ ok: true, data: { message: { subject } } });
  });

  it('get nothing for a window with no mail tab', async () => {
    expect(await fromPanel({ type: 'get-state', windowId: 9 })).toEqual({ ok: true, data: null });
  });

  it('grade a message anyway, and the choice holds while Gmail redraws it', async () => {
    const reply = await fromPanel({ type: 'grade-anyway', tabId: 3 });
    expect(reply).toMatchObject({
      ok: true,
      data: { outcome: { status: 'graded', forced: true, grade: { kind: 'inquiry' } } },
    });
    expect(stored(3)?.readAt).toBe(3000);

    await fromTab(pageRead('gmail:c/1', 'window 1, last'), 3, 1, 4000);
    expect(stored(3)?.outcome).toMatchObject({ forced: true, grade: { kind: 'inquiry' } });

    await fromTab(pageRead('gmail:c/2', 'next message'), 3, 1, 5000);
    expect(stored(3)?.outcome).toMatchObject({ forced: false, grade: { kind: 'other' } });
  });

  it('are refused for a tab with no readable message', async () => {
    const reply = await fromPanel({ type: 'grade-anyway', tabId: 42 });
    expect(reply).toMatchObject({ ok: false, error: { code: 'unknown-tab' } });
  });

  it('are held to the panel schema, not the content script one', async () => {
    const reply = await fromPanel(pageRead('gmail:x/1'));
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
  });
});
