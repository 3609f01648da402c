import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderGmailPage, threadIdFor, threadUrl } from '../../demo/gmail-page.ts';
import { DEMO_GMAIL_CSP } from '../../demo/gmail-route.ts';
import { hansInquiry } from './book-fixtures.ts';
import {
  buildTestExtension,
  expectSoon,
  moveToNextDue,
  notifications,
  OWN_DOMAIN,
  testDist,
} from './book-support.ts';
import { assertChromium, chromiumPath } from './chromium-path.ts';
import { panelState } from './support.ts';

// Nothing leaves the machine: every request the extension's pages, its worker and its
// content script make while it grades a mail, inserts a reply and raises a reminder is
// recorded, and none may go anywhere but the extension itself and the routed mail page.
//
// Two records, so a request one of them cannot see is still caught:
// - Playwright's request events, for pages and, in Chromium, the extension's service worker
//   (each carries request.serviceWorker()); every http(s) request is routed, so none can
//   reach a server even while the test runs;
// - Chromium's own network log (--log-net-log), which sees what gets past the routing
//   (WebSockets, anything not intercepted): no request in it may come from the extension
//   or the mail page. Chromium's own background requests there carry no origin.
//
// The build is the book tests' (VITE_TEST_HOOKS=on), whose worker clock a test can move,
// so a reminder falls due without waiting days.

const THREAD = threadIdFor('no-network-hans');
const GMAIL = 'https://mail.google.com/';

type Seen = { url: string; from: string; method: string };

let context: BrowserContext;
let worker: Worker;
let extensionId: string;
let profile: string;
let netLog: string;
const seen: Seen[] = [];
const refused: string[] = [];
const sockets: string[] = [];

async function launch(): Promise<void> {
  assertChromium();
  buildTestExtension();
  profile = mkdtempSync(join(tmpdir(), 'inquiry-triage-no-network-'));
  netLog = join(profile, 'net-log.json');

  // The flags of demo/launch-chromium.ts, plus the network log.
  context = await chromium.launchPersistentContext(join(profile, 'user-data'), {
    executablePath: chromiumPath,
    headless: true,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      `--disable-extensions-except=${testDist}`,
      `--load-extension=${testDist}`,
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      `--log-net-log=${netLog}`,
      '--net-log-capture-mode=Default',
    ],
  });

  context.on('request', (request) => {
    const from = request.serviceWorker()
      ? `worker ${request.serviceWorker()?.url()}`
      : `page ${request.frame().url()}`;
    seen.push({ url: request.url(), from, method: request.method() });
  });
  context.on('page', (page) => page.on('websocket', (socket) => sockets.push(socket.url())));

  await context.route(/^https?:/, (route) => {
    refused.push(route.request().url());
    return route.abort();
  });
  await context.route(`${GMAIL}**`, (route) => {
    const url = new URL(route.request().url());
    if (!url.pathname.startsWith('/mail/')) return route.fulfill({ status: 404, body: '' });
    return route.fulfill({
      status: 200,
      contentType: 'text/html; charset=utf-8',
      headers: { 'content-security-policy': DEMO_GMAIL_CSP },
      body: renderGmailPage([{ id: THREAD, messages: [hansInquiry()] }], {
        openThreadId: THREAD,
      }),
    });
  });

  worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  extensionId = new URL(worker.url()).host;
  await worker.evaluate(
    (domain) => chrome.storage.local.set({ settings: { ownDomains: [domain] } }),
    OWN_DOMAIN,
  );
}

async function openExtensionPage(path: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/${path}`);
  return page;
}

type NetLogEvent = { type: number; params?: { url?: string; initiator?: string } };
type NetLog = { constants: { logEventTypes: Record<string, number> }; events: NetLogEvent[] };

// Chromium writes the log as it goes and closes it on exit; a log cut short is read up to
// its last complete event.
function readNetLog(): NetLog {
  const text = readFileSync(netLog, 'utf8').trim();
  try {
    return JSON.parse(text);
  } catch {
    return JSON.parse(`${text.replace(/,?\s*$/, '')}]}`);
  }
}

describe('no network while grading, inserting and reminding', () => {
  let panel: Page;
  let gmail: Page;

  beforeAll(launch);

  afterAll(async () => {
    await context?.close().catch(() => undefined);
    if (profile) rmSync(profile, { recursive: true, force: true, maxRetries: 5 });
  });

  it('grades the open Gmail inquiry', async () => {
    panel = await openExtensionPage('src/panel/index.html');
    await panel.getByTestId('inquiry-state').waitFor();
    gmail = await context.newPage();
    await gmail.goto(threadUrl(THREAD));

    await expect.poll(() => panelState(panel), { timeout: 15_000 }).toBe('graded');
  });

  it('raises the reminder when the first response falls due', async () => {
    const today = await openExtensionPage('src/panel/index.html#today');
    await today.getByTestId('today-view').waitFor();

    await moveToNextDue(worker);
    await expectSoon(async () => (await notifications(worker)).length > 0, true);
    await expect
      .poll(() => today.getByTestId('due-step').count(), { timeout: 15_000 })
      .toBeGreaterThan(0);
  });

  it('inserts a reply from the panel, or asks the worker to as the panel does', async () => {
    const button = panel.getByTestId('insert-reply');
    if ((await button.count()) > 0 && (await button.isEnabled())) {
      await button.click();
      await expect
        .poll(() => panel.getByTestId('insert-status').getAttribute('data-state'), {
          timeout: 15_000,
        })
        .not.toMatch(/^(idle|pending|inserting)?$/);
      console.log('insert: panel button');
      return;
    }

    // The panel's reply port (src/panel/reply-ports.ts), as tests/browser/insert-reply does.
    const stored = await worker.evaluate(() => chrome.storage.session.get(null));
    const state = Object.values(stored as Record<string, { tabId?: number; messageKey?: string }>)
      .filter((entry) => entry?.tabId !== undefined)
      .at(0);
    const answer = await panel.evaluate(
      (request) =>
        new Promise<unknown>((resolve) => {
          const port = chrome.runtime.connect({ name: 'replies' });
          const done = (reply: unknown) => {
            port.disconnect();
            resolve(reply);
          };
          port.onMessage.addListener(done);
          port.onDisconnect.addListener(() => resolve('disconnected'));
          port.postMessage(request);
          setTimeout(() => resolve('no answer in 10 s'), 10_000);
        }),
      {
        type: 'insert-reply',
        tabId: state?.tabId,
        messageKey: state?.messageKey,
        text: 'Dear Hans,\n\nThank you.',
      },
    );
    console.log('insert: reply port', JSON.stringify(answer));
  });

  it('opens the settings page', async () => {
    const options = await openExtensionPage('src/options/index.html');
    await options.waitForLoadState('load');
    expect(await options.locator('body').textContent()).not.toBe('');
  });

  it('made no request but to itself and the routed mail page', () => {
    const own = `chrome-extension://${extensionId}/`;
    const elsewhere = seen.filter(({ url }) => !url.startsWith(own) && !url.startsWith(GMAIL));
    expect(elsewhere).toEqual([]);
    expect(refused).toEqual([]);
    expect(sockets).toEqual([]);
    // The record saw the worker and the pages at all.
    expect(seen.some(({ url }) => url.startsWith(own))).toBe(true);
    expect(seen.some(({ url }) => url.startsWith(GMAIL))).toBe(true);
  });

  it("left nothing from the extension or the mail page in Chromium's network log", async () => {
    await context.close();
    const log = readNetLog();
    const start = log.constants.logEventTypes.URL_REQUEST_START_JOB;
    const fromUs = log.events
      .filter((event) => event.type === start && event.params?.url)
      .filter(({ params }) => params?.initiator !== 'not an origin')
      .map(({ params }) => `${params?.url} from ${params?.initiator}`);
    expect(fromUs).toEqual([]);
  });
});
