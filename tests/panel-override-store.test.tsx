import '../src/messages/zod-setup.ts';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { FactorOverride } from '../src/messages/panel-to-background.ts';
import type { TabState } from '../src/messages/tab-state.ts';
import { gradedState, inquiryMessage } from './support/tab-states.ts';

// The worker's side of the panel's overrides and the settings page: where they are kept
// (storage.local behind OverrideStore), which message they belong to, and who may ask.

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
        wanted.filter((key) => store.has(key)).map((key) => [key, structuredClone(store.get(key))]),
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

const { inquiryKeyOf, storageOverrideStore } = await import('../src/background/overrides.ts');
const { answerUserData } = await import('../src/background/handle-user-data.ts');
const { loadGradingSettings } = await import('../src/background/settings.ts');

const extensionUrl = 'chrome-extension://abcdefghijklmnop/';
const panel = { url: `${extensionUrl}src/panel/index.html` };
const mailPage = { url: 'https://mail.google.com/mail/u/0/', tab: { id: 7 } as never };

const overrides = storageOverrideStore();
const ask = (message: unknown, sender: object = panel, now = 1000) =>
  answerUserData(message, sender, { now, extensionUrl, overrides });

const target = { tabId: gradedState.tabId, messageKey: gradedState.messageKey ?? '' };
const input = { factor: 'fit', value: 18, reason: 'A distributor we know' } as const;

beforeEach(() => {
  fake.session.clear();
  fake.local.clear();
  fake.broadcasts.length = 0;
  fake.session.set(`tab:${gradedState.tabId}`, gradedState);
});

describe('the override store', () => {
  const saved = (factor: FactorOverride['factor'], value: number): FactorOverride => ({
    factor,
    value,
    reason: 'r',
    savedAt: 1,
  });

  it('keeps one override per factor per inquiry, and removes them', async () => {
    const store = storageOverrideStore();

    await store.put('id:a', saved('fit', 5));
    await store.put('id:a', saved('intent', 9));
    await store.put('id:a', saved('fit', 7));
    await store.put('id:b', saved('fit', 1));

    expect(await store.list('id:a')).toEqual([saved('intent', 9), saved('fit', 7)]);
    expect(await store.remove('id:a', 'intent')).toEqual([saved('fit', 7)]);
    expect(await store.remove('id:a', 'fit')).toEqual([]);
    expect(fake.local.has('override:id:a')).toBe(false);
    expect(await store.list('id:b')).toEqual([saved('fit', 1)]);
  });

  it('loses neither of two saves made at once', async () => {
    const store = storageOverrideStore();

    await Promise.all([store.put('id:a', saved('fit', 5)), store.put('id:a', saved('terms', 4))]);

    expect((await store.list('id:a')).map((o) => o.factor).sort()).toEqual(['fit', 'terms']);
  });

  it('drops a stored record that no longer parses', async () => {
    fake.local.set('override:id:a', { overrides: [{ factor: 'fit', value: 99 }] });

    expect(await storageOverrideStore().list('id:a')).toEqual([]);
  });
});

describe('the inquiry an override belongs to', () => {
  it('is the thread and message id when the page gave both', async () => {
    expect(await inquiryKeyOf('gmail:thread-f:1/msg-f:2', inquiryMessage)).toBe(
      'id:gmail:thread-f:1/msg-f:2',
    );
  });

  it('is a hash of sender, subject and date when the message had no id', async () => {
    const key = await inquiryKeyOf('gmail:thread-f:1/#2', inquiryMessage);
    const again = await inquiryKeyOf('gmail:thread-f:1/#3', inquiryMessage);
    const other = await inquiryKeyOf('gmail:thread-f:1/#2', { ...inquiryMessage, date: null });

    expect(key).toMatch(/^hash:[0-9a-f]{64}$/);
    expect(again).toBe(key);
    expect(other).not.toBe(key);
  });
});

describe('override requests', () => {
  it('save, list and undo an override for the message the tab shows', async () => {
    expect(await ask({ type: 'save-override', ...target, override: input })).toEqual({
      ok: true,
      data: [{ ...input, savedAt: 1000 }],
    });
    expect(await ask({ type: 'get-overrides', ...target })).toEqual({
      ok: true,
      data: [{ ...input, savedAt: 1000 }],
    });
    expect(fake.local.get(`override:id:${target.messageKey}`)).toEqual({
      overrides: [{ ...input, savedAt: 1000 }],
    });

    expect(await ask({ type: 'undo-override', ...target, factor: 'fit' })).toEqual({
      ok: true,
      data: [],
    });
  });

  it('tell every panel showing that message', async () => {
    await ask({ type: 'save-override', ...target, override: input });

    expect(fake.broadcasts).toEqual([
      {
        type: 'overrides-changed',
        messageKey: target.messageKey,
        overrides: [{ ...input, savedAt: 1000 }],
      },
    ]);
  });

  it('are kept with the message, not the tab: they come back when it is opened again', async () => {
    await ask({ type: 'save-override', ...target, override: input });
    const elsewhere: TabState = { ...gradedState, tabId: 12, windowId: 3 };
    fake.session.set('tab:12', elsewhere);

    expect(await ask({ type: 'get-overrides', ...target, tabId: 12 })).toMatchObject({
      ok: true,
      data: [input],
    });
  });

  it('are refused when the tab has moved on to another message', async () => {
    const reply = await ask({ type: 'get-overrides', ...target, messageKey: 'gmail:t/9/m/9' });

    expect(reply).toMatchObject({ ok: false, error: { code: 'unknown-tab' } });
  });

  it.each([
    ['a fit above 20', { ...input, value: 21 }],
    ['an intent of 0', { ...input, factor: 'intent', value: 0 }],
    ['a fractional score', { ...input, value: 7.5 }],
    ['an empty reason', { ...input, reason: '  ' }],
    ['an unknown factor', { ...input, factor: 'price' }],
  ])('are refused with %s', async (_, override) => {
    const reply = await ask({ type: 'save-override', ...target, override });

    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
    expect([...fake.local.keys()]).toEqual([]);
  });

  it('are left to the main answer when a mail page sends them', () => {
    expect(ask({ type: 'save-override', ...target, override: input }, mailPage)).toBeNull();
  });

  it('leave every other message to the main answer', () => {
    expect(ask({ type: 'get-state', windowId: 1 })).toBeNull();
    expect(ask('nonsense')).toBeNull();
  });
});

describe('profile requests', () => {
  const profile = {
    companyName: 'Ningbo Valves Co.',
    ownDomains: ['nb-valves.example'],
    catalogue: ['ball valve', 'gate valve'],
    targetMarkets: ['AE', 'DE'],
    moq: 500,
  };

  it('answer an empty profile before anything is saved', async () => {
    expect(await ask({ type: 'get-profile' })).toEqual({
      ok: true,
      data: { companyName: '', ownDomains: [], catalogue: [], targetMarkets: [], moq: null },
    });
  });

  it('save the profile where grading reads it', async () => {
    fake.local.set('settings', { ownDomains: ['old.example'], somethingElse: true });

    expect(await ask({ type: 'save-profile', profile })).toEqual({ ok: true, data: profile });
    expect(await ask({ type: 'get-profile' })).toEqual({ ok: true, data: profile });
    expect(await loadGradingSettings()).toEqual({
      context: { ownDomains: ['nb-valves.example'] },
      profile: {
        companyName: 'Ningbo Valves Co.',
        catalogue: ['ball valve', 'gate valve'],
        targetMarkets: ['AE', 'DE'],
        moq: 500,
      },
    });
    expect(fake.local.get('settings')).toEqual({
      ownDomains: ['nb-valves.example'],
      somethingElse: true,
    });
  });

  it('normalise what the seller typed', async () => {
    const typed = { ...profile, ownDomains: ['@NB-Valves.example'], targetMarkets: ['uk', 'de'] };

    expect(await ask({ type: 'save-profile', profile: typed })).toMatchObject({
      ok: true,
      data: { ownDomains: ['nb-valves.example'], targetMarkets: ['GB', 'DE'] },
    });
  });

  it.each([
    ['an unknown country', { ...profile, targetMarkets: ['XX'] }],
    ['a domain that is not one', { ...profile, ownDomains: ['not a domain'] }],
    ['a negative MOQ', { ...profile, moq: -1 }],
    ['a missing field', { companyName: 'x' }],
  ])('refuse %s', async (_, bad) => {
    expect(await ask({ type: 'save-profile', profile: bad })).toMatchObject({
      ok: false,
      error: { code: 'invalid-message' },
    });
    expect(fake.local.has('profile')).toBe(false);
  });
});
