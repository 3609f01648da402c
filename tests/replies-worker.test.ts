import '../src/messages/zod-setup.ts';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_TEMPLATES } from '../src/core/replies/default-templates.ts';
import { REPLY_PORT } from '../src/messages/reply-port.ts';

// The worker's side of the reply port against a fake browser: templates kept in
// storage.local, and a reply relayed to the mail tab's content script, every hop checked.

type FakePort = {
  name: string;
  sender: { url?: string; tab?: { id: number } };
  onMessage: { addListener(listener: (message: unknown) => void): void };
  postMessage(message: unknown): void;
};

const fake = vi.hoisted(() => ({
  local: new Map<string, unknown>(),
  connect: [] as ((port: unknown) => void)[],
  sent: [] as { tabId: number; message: unknown }[],
  pageAnswer: (_message: unknown): Promise<unknown> => Promise.resolve(undefined),
}));

vi.mock('../src/platform/browser.ts', () => {
  const local = {
    get: async (keys: string | string[]) =>
      Object.fromEntries(
        [keys]
          .flat()
          .filter((k) => fake.local.has(k))
          .map((k) => [k, fake.local.get(k)]),
      ),
    set: async (items: Record<string, unknown>) => {
      for (const [key, value] of Object.entries(items)) fake.local.set(key, structuredClone(value));
    },
  };

  return {
    browser: {
      storage: { local },
      runtime: { onConnect: { addListener: (l: (port: unknown) => void) => fake.connect.push(l) } },
      tabs: {
        sendMessage: (tabId: number, message: unknown) => {
          fake.sent.push({ tabId, message });
          return fake.pageAnswer(message);
        },
      },
    },
    isExtensionPage: () => false,
    listen: (event: { addListener(l: unknown): void }, listener: unknown) =>
      event.addListener(listener),
  };
});

const { relayReplies } = await import('../src/background/insert-relay.ts');

const extensionUrl = 'chrome-extension://abcdefghijklmnop/';
const panel = { url: `${extensionUrl}src/panel/index.html` };
relayReplies(new AbortController().signal, extensionUrl);

// One request over a fresh port, as requestOverPort sends it.
function ask(message: unknown, sender: FakePort['sender'] = panel): Promise<unknown> {
  return new Promise((resolve) => {
    let onMessage: (message: unknown) => void = () => {};
    const port: FakePort = {
      name: REPLY_PORT,
      sender,
      onMessage: { addListener: (listener) => (onMessage = listener) },
      postMessage: resolve,
    };
    for (const listener of fake.connect) listener(port);
    onMessage(message);
  });
}

beforeEach(() => {
  fake.local.clear();
  fake.sent.length = 0;
});

const insertRequest = {
  type: 'insert-reply',
  tabId: 12,
  messageKey: 'gmail:thread-f:1/msg-f:2',
  text: 'Dear Samir,',
};

describe('relaying a reply to the mail tab', () => {
  it('sends the checked command to the tab and answers with what the page did', async () => {
    const done = {
      status: 'inserted',
      openedReply: true,
      at: 'above-signature',
      method: 'exec-command',
    };
    fake.pageAnswer = async () => ({ ok: true, data: done });

    expect(await ask(insertRequest)).toEqual({ ok: true, data: done });
    expect(fake.sent).toEqual([
      {
        tabId: 12,
        message: {
          type: 'insert-reply',
          messageKey: insertRequest.messageKey,
          text: 'Dear Samir,',
        },
      },
    ]);
  });

  it('says the tab has no content script when nothing answers there', async () => {
    fake.pageAnswer = () => Promise.reject(new Error('Receiving end does not exist.'));
    expect(await ask(insertRequest)).toEqual({
      ok: true,
      data: { status: 'failed', reason: 'no-content-script' },
    });
  });

  it('refuses an answer from the page that does not parse', async () => {
    fake.pageAnswer = async () => ({ ok: true, data: { status: 'inserted' } });
    expect(await ask(insertRequest)).toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('refuses requests that are not valid or not from an extension page', async () => {
    expect(await ask({ ...insertRequest, text: '' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-message' },
    });
    expect(
      await ask(insertRequest, { url: 'https://mail.google.com/mail/u/0/', tab: { id: 3 } }),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid-message', message: 'Not an extension page' },
    });
    expect(fake.sent).toEqual([]);
  });
});

describe('templates in settings', () => {
  const templatesOf = (reply: unknown) =>
    (reply as { data: { templates: { id: string; title: string; edited: boolean }[] } }).data
      .templates;

  it('start as the defaults, with an empty signature and the profile company name', async () => {
    fake.local.set('profile', { companyName: 'Hongda Hardware' });
    const reply = (await ask({ type: 'get-reply-templates' })) as { data: Record<string, unknown> };

    expect(templatesOf(reply)).toHaveLength(DEFAULT_TEMPLATES.length);
    expect(reply.data).toMatchObject({ signature: '', companyName: 'Hongda Hardware' });
  });

  it('keep an edited built-in template, and reset it to the default', async () => {
    await ask({
      type: 'save-reply-template',
      template: { id: 'default-E', key: 'E', title: 'E mine', body: 'Dear {{buyerName}}, T/T.' },
    });
    const edited = templatesOf(await ask({ type: 'get-reply-templates' })).find(
      (t) => t.id === 'default-E',
    );
    expect(edited).toMatchObject({ title: 'E mine', edited: true });
    expect(fake.local.get('replyTemplates')).toMatchObject({
      edited: { 'default-E': { title: 'E mine' } },
    });

    const reset = templatesOf(await ask({ type: 'reset-reply-templates', id: null }));
    expect(reset.find((t) => t.id === 'default-E')).toMatchObject({ edited: false });
  });

  it('add and delete the user own templates, and keep the signature', async () => {
    const added = templatesOf(
      await ask({
        type: 'save-reply-template',
        template: {
          id: null,
          key: 'A',
          title: 'A, short',
          body: 'Dear {{buyerName}}, PI attached.',
        },
      }),
    );
    const own = added.find((t) => t.title === 'A, short');
    expect(own?.id).toMatch(/^user-/);

    await ask({ type: 'save-reply-signature', signature: '  Li Wei\nHongda  ' });
    const after = (await ask({ type: 'delete-reply-template', id: own?.id })) as {
      data: { signature: string };
    };
    expect(templatesOf(after)).toHaveLength(DEFAULT_TEMPLATES.length);
    expect(after.data.signature).toBe('Li Wei\nHongda');
  });

  it('fall back to the defaults when stored data does not parse', async () => {
    fake.local.set('replyTemplates', { added: 'not a list' });
    expect(templatesOf(await ask({ type: 'get-reply-templates' }))).toHaveLength(
      DEFAULT_TEMPLATES.length,
    );
  });
});
