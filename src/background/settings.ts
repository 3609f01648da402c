import { z } from 'zod';
import {
  emptyProfile,
  type MailContext,
  type SellerProfile,
  sellerProfileSchema,
} from '../core/message.ts';
import { type SellerSettings, sellerSettingsSchema } from '../messages/panel-to-background.ts';
import { browser } from '../platform/browser.ts';
import { log } from '../platform/log.ts';

// What grading needs from the user's settings, read afresh for every grade (the worker
// keeps nothing in memory). Both are empty until the user fills them in: f5 stays neutral.
// The settings page writes both keys at once: the profile the core reads, and the own mail
// domains grading passes as context.

const SETTINGS_KEY = 'settings';
const PROFILE_KEY = 'profile';

const settingsSchema = z.object({
  ownDomains: z.array(z.string()).default([]),
});

function parseOr<T>(schema: z.ZodType<T>, value: unknown, fallback: T, key: string): T {
  if (value === undefined) {
    return fallback;
  }

  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    log.warn(`ignoring stored ${key} that does not parse`, parsed.error.issues);
    return fallback;
  }

  return parsed.data;
}

async function loadStored(): Promise<{ ownDomains: string[]; profile: SellerProfile }> {
  const stored = await browser.storage.local.get([SETTINGS_KEY, PROFILE_KEY]);
  const settings = parseOr(settingsSchema, stored[SETTINGS_KEY], { ownDomains: [] }, SETTINGS_KEY);
  const profile = parseOr(sellerProfileSchema, stored[PROFILE_KEY], emptyProfile(), PROFILE_KEY);

  return { ownDomains: settings.ownDomains, profile };
}

export async function loadGradingSettings(): Promise<{
  context: Partial<MailContext>;
  profile: SellerProfile;
}> {
  const { ownDomains, profile } = await loadStored();
  return { context: { ownDomains }, profile };
}

export async function loadSellerSettings(): Promise<SellerSettings> {
  const { ownDomains, profile } = await loadStored();
  return { ...profile, ownDomains };
}

export async function saveSellerSettings(input: SellerSettings): Promise<SellerSettings> {
  const { ownDomains, ...profile } = sellerSettingsSchema.parse(input);
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  // Other settings may share the key one day; only ownDomains is this page's to change.
  const previous = stored[SETTINGS_KEY];
  const others = typeof previous === 'object' && previous !== null ? previous : {};

  await browser.storage.local.set({
    [PROFILE_KEY]: sellerProfileSchema.parse(profile),
    [SETTINGS_KEY]: { ...others, ownDomains },
  });
  return { ...profile, ownDomains };
}
