import { z } from 'zod';
import type { Factor } from '../core/grade-types.ts';
import type { MailMessage } from '../core/message.ts';
import { type FactorOverride, factorOverrideSchema } from '../messages/panel-to-background.ts';
import { browser } from '../platform/browser.ts';
import { log } from '../platform/log.ts';

// The user's overrides, kept with the inquiry they belong to (one record per message, at
// most one override per factor). Behind this interface so the store can move to the
// database without the worker's handlers noticing.
export type OverrideStore = {
  list(inquiryKey: string): Promise<FactorOverride[]>;
  put(inquiryKey: string, override: FactorOverride): Promise<FactorOverride[]>;
  remove(inquiryKey: string, factor: Factor): Promise<FactorOverride[]>;
};

// The part of a storage area the store uses, so tests can hand it a map.
export type StorageArea = {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
};

const PREFIX = 'override:';

const recordSchema = z.object({ overrides: z.array(factorOverrideSchema) });

export function storageOverrideStore(area: StorageArea = browser.storage.local): OverrideStore {
  // The worker answers messages concurrently: writes to storage are read-modify-write, so
  // they go one after another or a quick second save would lose the first.
  let writes: Promise<unknown> = Promise.resolve();

  const read = async (inquiryKey: string): Promise<FactorOverride[]> => {
    const key = PREFIX + inquiryKey;
    const stored = (await area.get(key))[key];
    if (stored === undefined) {
      return [];
    }

    const parsed = recordSchema.safeParse(stored);
    if (!parsed.success) {
      log.warn('dropping stored overrides that no longer parse', key, parsed.error.issues);
      return [];
    }

    return parsed.data.overrides;
  };

  const write = (inquiryKey: string, change: (list: FactorOverride[]) => FactorOverride[]) => {
    const next = writes.then(async () => {
      const overrides = change(await read(inquiryKey));
      const key = PREFIX + inquiryKey;
      await (overrides.length === 0 ? area.remove(key) : area.set({ [key]: { overrides } }));
      return overrides;
    });
    writes = next.catch(() => undefined);
    return next;
  };

  return {
    list: read,
    put: (inquiryKey, override) =>
      write(inquiryKey, (list) => [
        ...list.filter((kept) => kept.factor !== override.factor),
        override,
      ]),
    remove: (inquiryKey, factor) =>
      write(inquiryKey, (list) => list.filter((kept) => kept.factor !== factor)),
  };
}

// The content script's key is "client:thread/message"; where the open message had no id it
// stands in its position ("#2"), which another reply in the thread shifts. Then the sender,
// subject and date, hashed, name the message instead.
export async function inquiryKeyOf(messageKey: string, message: MailMessage): Promise<string> {
  const positional = /\/#\d+$/.test(messageKey);
  if (!positional) {
    return `id:${messageKey}`;
  }

  const identity = [message.from.email ?? '', message.subject.trim(), message.date ?? ''];
  const bytes = new TextEncoder().encode(identity.join('\n').toLowerCase());
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  const hex = [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0'));
  return `hash:${hex.join('')}`;
}
