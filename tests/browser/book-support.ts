import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { expect } from 'vitest';
import { type GmailThread, renderGmailPage, threadUrl } from '../../demo/gmail-page.ts';
import { serveGmail } from '../../demo/gmail-route.ts';
import { type ExtensionBrowser, launchWithExtension } from '../../demo/launch-chromium.ts';
import type { MailMessage } from '../../src/core/message.ts';
import type { TabState } from '../../src/messages/tab-state.ts';
import { assertChromium, chromiumPath } from './chromium-path.ts';

// The prospect book's browser tests run a build of their own: `vite build` with
// VITE_TEST_HOOKS=on into dist-test/, whose worker reads a clock offset from storage.local
// (src/background/book/clock.ts). The product's dist/ compiles that out; a test checks it.

const root = fileURLToPath(new URL('../..', import.meta.url));
export const testDist = fileURLToPath(new URL('../../dist-test', import.meta.url));
export const productDist = fileURLToPath(new URL('../../dist', import.meta.url));

export const TEST_CLOCK_KEY = 'testClockOffsetMs';
export const OWN_DOMAIN = 'ningbo-valves.example';
export const ACCOUNT = 'gmail:mail.google.com/u/0';
// The zone the worker reads page dates in (the machine's, like the browser's).
export const TIME_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;

// Its own output folder, so it may run beside another build of the project (the suite's
// dist/, an engineer's): Vite's project lock is bypassed for it.
export function buildTestExtension(): void {
  const vite = fileURLToPath(new URL('../../node_modules/vite/bin/vite.js', import.meta.url));
  const result = spawnSync(
    process.execPath,
    [vite, 'build', '--outDir', 'dist-test', '--logLevel', 'warn', '--bypass-lock'],
    { cwd: root, encoding: 'utf8', env: { ...process.env, VITE_TEST_HOOKS: 'on' } },
  );
  if (result.status !== 0) throw new Error(`test build failed:\n${result.stdout}${result.stderr}`);
}

export type BookBrowser = ExtensionBrowser & {
  threads: GmailThread[];
  openThreadId: string | null;
};

// Gmail served from the test's own inbox, built afresh for every page load, so a test adds
// a reply to a thread and reloads, as the user sees a new message arrive.
export async function launchBookBrowser(): Promise<BookBrowser> {
  assertChromium();
  buildTestExtension();
  const launched = await launchWithExtension({
    executablePath: chromiumPath,
    extensionDir: testDist,
    headless: true,
  });
  const browser: BookBrowser = { ...launched, threads: [], openThreadId: null };
  await serveGmail(browser.context, () =>
    renderGmailPage(browser.threads, { openThreadId: browser.openThreadId, timeZone: TIME_ZONE }),
  );
  await browser.worker.evaluate(
    (domain) => chrome.storage.local.set({ settings: { ownDomains: [domain] } }),
    OWN_DOMAIN,
  );
  return browser;
}

// A fresh load, not a hash change: the page must carry the inbox as the test left it.
export async function openThread(browser: BookBrowser, gmail: Page, threadId: string) {
  browser.openThreadId = threadId;
  await gmail.goto('about:blank');
  await gmail.goto(threadUrl(threadId));
}

export function addMessage(browser: BookBrowser, threadId: string, message: MailMessage): void {
  const thread = browser.threads.find((candidate) => candidate.id === threadId);
  if (thread) {
    browser.threads = browser.threads.map((candidate) =>
      candidate === thread ? { ...thread, messages: [...thread.messages, message] } : candidate,
    );
  } else {
    browser.threads = [...browser.threads, { id: threadId, messages: [message] }];
  }
}

export async function openToday(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/src/panel/index.html#today`);
  await page.getByTestId('today-view').waitFor();
  return page;
}

// The worker's clock, moved forward: what falls due in the skipped time is due at once. Set
// from an extension page, the change also wakes a stopped worker (its storage listener),
// where evaluating in the stopped worker would wait for something else to wake it.
export async function moveClock(from: Worker | Page, offsetMs: number): Promise<void> {
  await (from as Worker).evaluate(([key, value]) => chrome.storage.local.set({ [key]: value }), [
    TEST_CLOCK_KEY,
    offsetMs,
  ] as const);
}

export const clockOffset = (worker: Worker) =>
  worker.evaluate(
    async (key) => ((await chrome.storage.local.get(key))[key] as number | undefined) ?? 0,
    TEST_CLOCK_KEY,
  );

// When the next step falls due, in the worker's time: the alarm set for it, in real time,
// plus the offset.
export async function nextDueIn(worker: Worker): Promise<number> {
  const alarm = await worker.evaluate(() => chrome.alarms.get('reminders-next'));
  if (!alarm) throw new Error('no step is planned');
  return alarm.scheduledTime - Date.now();
}

// Moves the clock to just after the next due time.
export async function moveToNextDue(worker: Worker): Promise<void> {
  const offset = await clockOffset(worker);
  await moveClock(worker, offset + (await nextDueIn(worker)) + 1000);
}

export const badge = (worker: Worker) =>
  worker.evaluate(async () => ({
    text: await chrome.action.getBadgeText({}),
    color: await chrome.action.getBadgeBackgroundColor({}),
  }));

export const notifications = (worker: Worker) =>
  worker.evaluate(async () => Object.keys(await chrome.notifications.getAll()).sort());

// What the worker keeps for the mail tab showing this thread.
export async function tabStateOf(worker: Worker, threadId: string): Promise<TabState | null> {
  const states = await worker.evaluate(() => chrome.storage.session.get(null));
  const permId = `thread-f:${BigInt(`0x${threadId}`)}`;
  const found = Object.values(states).find(
    (state) =>
      typeof state === 'object' && state && (state as TabState).messageKey?.includes(permId),
  );
  return (found as TabState | undefined) ?? null;
}

export async function gradedRules(worker: Worker, threadId: string): Promise<string[] | null> {
  const state = await tabStateOf(worker, threadId);
  if (state?.outcome.status !== 'graded') return null;

  const { grade } = state.outcome;
  return grade.kind === 'inquiry' ? grade.evidence.map((item) => item.ruleId) : [];
}

export const dueSteps = (today: Page) =>
  today.getByTestId('due-step').evaluateAll((items) =>
    items.map((item) => ({
      purpose: item.getAttribute('data-purpose'),
      urgency: item.getAttribute('data-urgency'),
      id: item.getAttribute('data-step-id'),
    })),
  );

// Chrome keeps a worker alive while a test is attached; this stops it as Chrome would.
export async function stopWorker(context: BrowserContext, page: Page, worker: Worker) {
  await worker.evaluate(() => Object.assign(globalThis, { beforeStop: true }));
  const cdp = await context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
}

export const restarted = (worker: Worker) => worker.evaluate(() => !('beforeStop' in globalThis));

export async function expectSoon<T>(read: () => Promise<T>, expected: T, timeout = 15_000) {
  await expect.poll(read, { timeout }).toEqual(expected);
}

export const minutesAgo = (minutes: number) =>
  new Date(Date.now() - minutes * 60_000).toISOString();
