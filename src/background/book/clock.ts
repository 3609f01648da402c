import { browser } from '../../platform/browser.ts';

// The worker's one clock. Everything below it takes `now` as a parameter; only entry points
// (a message, an alarm, a notification click) ask for it here.
//
// Builds made with VITE_TEST_HOOKS=on (the browser tests' and the benchmark's, never the
// product's) add an offset kept in storage.local under TEST_CLOCK_KEY, so a test can move
// the worker's time forward without waiting for days to pass. In `vite build` the condition
// is the constant false, and the storage read is compiled out with it.

export const testHooksOn = import.meta.env.VITE_TEST_HOOKS === 'on';

export const TEST_CLOCK_KEY = 'testClockOffsetMs';

async function offset(): Promise<number> {
  if (!testHooksOn) return 0;

  const stored = await browser.storage.local.get(TEST_CLOCK_KEY);
  const value = stored[TEST_CLOCK_KEY];
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}

export async function currentTime(): Promise<number> {
  return Date.now() + (await offset());
}

// Alarms run on the browser's real clock: the real moment at which `instant` comes.
export async function realTimeOf(instant: number): Promise<number> {
  return instant - (await offset());
}

// The seller's zone for response limits and dates read from the page: the browser's own,
// which is the zone Gmail shows the account's dates in.
export function sellerTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}
