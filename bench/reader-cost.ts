// What following the open message costs the mail page on a long thread, in Chromium with the
// built extension (run `npx vite build` first): observer callbacks and reads while the thread
// opens, while the user types a reply and while the client redraws, and the time from
// navigation to the grade in the panel. Prints the figures docs/benchmarks.md records.
// Run: npx vite build && npx tsx bench/reader-cost.ts [messages ...]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { findChromium } from '../demo/find-chromium.ts';
import { launchWithExtension } from '../demo/launch-chromium.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const fixtures = join(root, '../shared/fixtures/dom');
const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
const SIZES = sizes.length > 0 ? sizes : [10, 100, 300];
const RUNS = Number(process.env.RUNS ?? 5);
const TYPED = 'Dear Samir, thank you for the reminder. I will complete the review myself. '.repeat(
  3,
);

const STRICT_CSP =
  "script-src 'none'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'; trusted-types fixture-navigation";

const read = (name: string) => readFileSync(join(fixtures, name), 'utf8');
const urlOf = (name: string): string => JSON.parse(read(`${name}.expected.json`)).url;

type Client = {
  name: string;
  startUrl: string;
  startHtml: string;
  targetUrl: string;
  targetHtml: string;
  subject: string;
  editor: string;
};

const GMAIL: Client = {
  name: 'Gmail',
  startUrl: urlOf('gmail-thread-single'),
  startHtml: read('gmail-thread-single.html'),
  targetUrl: urlOf('gmail-compose-reply'),
  targetHtml: read('gmail-compose-reply.html'),
  subject: 'Quarterly access review - sign-off needed',
  editor: '[id=":wq"]',
};

// The reading pane is served under the compose page's host, so OWA's pushState can go there.
const OUTLOOK: Client = {
  name: 'Outlook',
  startUrl: urlOf('outlook-reading-pane').replace('outlook.office.com', 'outlook.office365.com'),
  startHtml: read('outlook-reading-pane.html'),
  targetUrl: urlOf('outlook-compose-reply'),
  targetHtml: read('outlook-compose-reply.html'),
  subject: 'Budget approval for the design sprint',
  editor: '#editorParent_1 [contenteditable="true"]',
};

type Stats = {
  observerCallbacks: number;
  mutationRecords: number;
  reads: number;
  readMs: number;
  sends: number;
  routeAt: number;
  sentAt: number;
};

async function serve(context: BrowserContext, pages: Map<string, string>): Promise<void> {
  await context.route(/^https?:/, (route) => route.abort());
  await context.route(/^https:\/\/(mail\.google\.com|outlook\.office365\.com)\//, (route) => {
    const html = pages.get(route.request().url().split('#')[0] ?? '');
    return html
      ? route.fulfill({
          status: 200,
          contentType: 'text/html',
          headers: { 'content-security-policy': STRICT_CSP },
          body: html,
        })
      : route.fulfill({ status: 404, body: '' });
  });
}

// The content script's counters live in its isolated world; only the DevTools protocol
// reaches them there.
async function statsReader(page: Page, extensionId: string): Promise<() => Promise<Stats>> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const contexts: { id: number; origin: string }[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
  await cdp.send('Runtime.enable');

  return async () => {
    const own = contexts.filter((c) => c.origin === `chrome-extension://${extensionId}`).at(-1);
    if (!own) throw new Error('no content script context');
    const { result } = await cdp.send('Runtime.evaluate', {
      expression: 'JSON.stringify(globalThis.inquiryTriageReaderStats)',
      contextId: own.id,
      returnByValue: true,
    });
    return JSON.parse(result.value as string) as Stats;
  };
}

const minus = (a: Stats, b: Stats) => ({
  callbacks: a.observerCallbacks - b.observerCallbacks,
  records: a.mutationRecords - b.mutationRecords,
  reads: a.reads - b.reads,
  readMs: a.readMs - b.readMs,
  sends: a.sends - b.sends,
});

// Opens the long thread the way the client does (the DOM, then the address); the thread is
// built before the clock starts, so only what the page shows is timed. Page scripts may not
// be compiled from strings here (the CSP), so both clients' growing is written out.
async function navigate(
  page: Page,
  client: Client,
  n: number,
): Promise<{ started: number; layoutMs: number }> {
  return page.evaluate(
    ({ html, url, n, kind }) => {
      type Policy = { createHTML(s: string): string };
      const win = window as unknown as {
        trustedTypes: { createPolicy(name: string, rules: Policy): Policy };
        policy?: Policy;
      };
      win.policy ??= win.trustedTypes.createPolicy('fixture-navigation', { createHTML: (s) => s });
      const parsed = new DOMParser().parseFromString(win.policy.createHTML(html), 'text/html');
      const body = parsed.body;

      if (kind === 'Gmail') {
        // Older messages collapsed, each with its own ids, before the open one.
        const collapsed = body.querySelector('[role=list] > .kv');
        for (let i = 1; i < n - 1; i += 1) {
          const copy = collapsed?.cloneNode(true) as Element;
          const id = 1790990811376654927n - BigInt(i);
          copy.querySelector('.adn')?.setAttribute('data-message-id', `#msg-f:${id}`);
          copy.querySelector('.adn')?.setAttribute('data-legacy-message-id', id.toString(16));
          collapsed?.before(copy);
        }
      } else {
        // Newest on top: older cards collapsed (no body shown) below the open one.
        const card = body.querySelector('.aVla3');
        for (let i = 1; i < n; i += 1) {
          const copy = card?.cloneNode(true) as Element;
          copy.querySelector('[id^="UniqueMessageBody"]')?.remove();
          copy.querySelector('[aria-expanded]')?.setAttribute('aria-expanded', 'false');
          copy.querySelector('[id$="_FROM"]')?.setAttribute('id', `MSG_c${i}_FROM`);
          const date = copy.querySelector('[data-testid="SentReceivedSavedTime"]');
          date?.setAttribute('title', 'Sun 3/1/2026 9:00 AM');
          if (date) date.textContent = 'Sun 3/1/2026 9:00 AM';
          card?.parentElement?.append(copy);
        }
      }

      const adopted = document.adoptNode(body);
      const started = Date.now();
      document.body.replaceWith(adopted);
      const target = new URL(url);
      if (target.hash) location.hash = target.hash;
      else history.pushState({}, '', url);
      // The page's own share: laying out the thread it just drew.
      void document.body.offsetHeight;
      return { started, layoutMs: Date.now() - started };
    },
    { html: client.targetHtml, url: client.targetUrl, n, kind: client.name },
  );
}

async function measure(client: Client, n: number) {
  const chromium = findChromium();
  if (!chromium.path) throw new Error('Chromium not found');
  const browser = await launchWithExtension({
    executablePath: chromium.path,
    extensionDir: process.env.EXTENSION_DIR ?? join(root, 'dist'),
    headless: true,
  });
  const pages = new Map([[client.startUrl.split('#')[0] ?? '', client.startHtml]]);
  await serve(browser.context, pages);

  const panel = await browser.context.newPage();
  await panel.goto(`chrome-extension://${browser.extensionId}/src/panel/index.html`);
  const page = await browser.context.newPage();
  // tsx keeps function names with an `__name` helper that the functions sent to the page
  // would call there; the page has none.
  await page.addInitScript('globalThis.__name = (target) => target');
  const stats = await statsReader(page, browser.extensionId);
  await page.goto(client.startUrl);
  await panel.waitForFunction(
    () => document.querySelector('.message-header .subject')?.textContent,
    null,
    { timeout: 20_000 },
  );
  await page.waitForTimeout(500);

  const before = await stats();
  const { started, layoutMs } = await navigate(page, client, n);
  const shown = await panel.waitForFunction(
    (subject) =>
      document.querySelector('.message-header .subject')?.textContent === subject && Date.now(),
    client.subject,
    { polling: 5, timeout: 20_000 },
  );
  const gradedAt = (await shown.jsonValue()) as number;
  await page.waitForTimeout(1000);
  const opened = await stats();

  await page.locator(`${client.editor} > div`).first().click();
  await page.keyboard.type(TYPED);
  await page.waitForTimeout(600);
  const typed = await stats();

  // The client redrawing around the open message: 50 small changes, 20 ms apart.
  await page.evaluate(async () => {
    const region = document.querySelector('[role=main]');
    for (let i = 0; i < 50; i += 1) {
      const mark = document.createElement('div');
      region?.append(mark);
      await new Promise((r) => setTimeout(r, 10));
      mark.remove();
      await new Promise((r) => setTimeout(r, 10));
    }
  });
  await page.waitForTimeout(600);
  const redrawn = await stats();
  await browser.close();

  return {
    layoutMs,
    toSend: opened.sentAt - started,
    toPanel: gradedAt - started,
    open: minus(opened, before),
    typing: minus(typed, opened),
    redraw: minus(redrawn, typed),
  };
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

const HEADER = [
  'client',
  'messages',
  "page's own layout (ms)",
  'navigation to page-read sent (ms)',
  'navigation to grade in panel (ms)',
  'ms per read',
  'callbacks / reads / sends while typing',
  'callbacks / reads / sends in 50 redraws',
];

console.log(
  `Chromium headless, ${RUNS} runs each, medians; typing = ${TYPED.length} characters.\n`,
);
console.log(`| ${HEADER.join(' | ')} |`);
console.log(`|${HEADER.map(() => '---').join('|')}|`);
for (const client of [GMAIL, OUTLOOK]) {
  for (const n of SIZES) {
    const runs: Awaited<ReturnType<typeof measure>>[] = [];
    for (let i = 0; i < RUNS; i += 1) runs.push(await measure(client, n));

    const m = (pick: (run: (typeof runs)[number]) => number) => median(runs.map(pick));
    const trio = (key: 'typing' | 'redraw') =>
      `${m((r) => r[key].callbacks)} / ${m((r) => r[key].reads)} / ${m((r) => r[key].sends)}`;
    const row = [
      client.name,
      n,
      m((r) => r.layoutMs),
      m((r) => r.toSend),
      m((r) => r.toPanel),
      m((r) => r.open.readMs / Math.max(1, r.open.reads)).toFixed(1),
      trio('typing'),
      trio('redraw'),
    ];
    console.log(`| ${row.join(' | ')} |`);
  }
}
