import { z } from 'zod';
import {
  emptyProfile,
  type MailContext,
  type SellerProfile,
  sellerProfileSchema,
} from '../core/message.ts';
import { browser } from '../platform/browser.ts';
import { log } from '../platform/log.ts';

// What grading needs from the user's settings, read afresh for every grade (the worker
// keeps nothing in memory). Both are empty until the user fills them in: f5 stays neutral.

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

export async function loadGradingSettings(): Promise<{
  context: Partial<MailContext>;
  profile: SellerProfile;
}> {
  const stored = await browser.storage.local.get([SETTINGS_KEY, PROFILE_KEY]);
  const settings = parseOr(settingsSchema, stored[SETTINGS_KEY], { ownDomains: [] }, SETTINGS_KEY);
  const profile = parseOr(sellerProfileSchema, stored[PROFILE_KEY], emptyProfile(), PROFILE_KEY);

  return { context: { ownDomains: settings.ownDomains }, profile };
}
