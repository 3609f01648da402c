import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtensionBrowser } from '../../demo/launch-chromium.ts';
import { CSP_REPORTS, launchExtension, openPanel, panelSender, panelState } from './support.ts';

// The built extension in Debian's Chromium on Gmail-like pages served under the real
// Gmail address, so the content script runs under its real match pattern and Gmail's kind
// of CSP, Trusted Types included. The panel page is opened as a tab: automation cannot open
// the real side panel (it needs a user gesture).

const fixtures = fileURLToPath(new URL('../../../shared/fixtures/dom', import.meta.url));

type Fixture = { html: string; url: string; sender: string };

function fixture(name: string): Fixture {
  const expected = JSON.parse(readFileSync(join(fixtures, `${name}.expected.json`), 'utf8'));
  return {
    html: readFileSync(join(fixtures, `${name}.html`), 'utf8'),
    url: expected.url,
    sender: expected.openMessage?.from.email ?? '',
  };
}

const single = fixture('gmail-thread-single');
const multi = fixture('gmail-thread-multi');
const changedUi = fixture('gmail-changed-ui');

// Like Gmail's: no script of the page's own may run, and HTML strings assigned into the
// page throw unless they went through a Trusted Types policy. The one policy allowed is the
// test's own, standing in for Gmail's code when it draws another message.
const GMAIL_CSP = [
  "script-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types fixture-navigation',
].join('; ');

let browser: ExtensionBrowser;
let context: BrowserContext;
let worker: Worker;
let extensionId: string;

async function launch(): Promise<void> {
  browser = await launchExtension();
  ({ context, worker, extensionId } = browser);

  // Nothing leaves the machine: Gmail is the fixture, everything else is refused.
  await context.route(/^https?:/, (route) => route.abort());
  await context.route('https://mail.google.com/**', (route) => {
    const isPage = new URL(route.request().url()).pathname.startsWith('/mail/');
    return isPage
      ? route.fulfill({
          status: 200,
          contentType: 'text/html; charset=utf-8',
          headers: { 'content-security-policy': GMAIL_CSP },
          body: single.html,
        })
      : route.fulfill({ status: 404, body: '' });
  });
}

type HtmlPolicy = { createHTML(html: string): string };
type FixtureWindow = Window & {
  trustedTypes: { createPolicy(name: string, rules: HtmlPolicy): HtmlPolicy };
  fixturePolicy?: HtmlPolicy;
};

// Gmail draws another message without loading a page: the DOM changes, then the hash. The
// one Trusted Types policy the page CSP allows is created once, as Gmail's own code would.
async function openInGmail(gmail: Page, next: Fixture): Promise<void> {
  await gmail.evaluate(
    ({ html, hash }) => {
      const win = window as unknown as FixtureWindow;
      win.fixturePolicy ??= win.trustedTypes.createPolicy('fixture-navigation', {
        createHTML: (text) => text,
      });
      const page = new DOMParser().parseFromString(win.fixturePolicy.createHTML(html), 'text/html');
      document.title = page.title;
      document.body.replaceChildren(...page.body.childNodes);
      location.hash = hash;
    },
    { html: next.html, hash: new URL(next.url).hash },
  );
}

describe('the extension on a Gmail page', () => {
  beforeAll(launch);

  afterAll(async () => {
    await browser?.close();
  });

  // The steps run in order on one Gmail tab and one panel, as a user would go.
  let panel: Page;
  let gmail: Page;

  it('grades the open message in the panel', async () => {
    panel = await openPanel(context, extensionId);
    expect(await panelState(panel)).toBe('empty');

    gmail = await context.newPage();
    await gmail.goto(single.url);

    await expect.poll(() => panelSender(panel), { timeout: 15_000 }).toBe(single.sender);
    // An invoice from a supplier's billing desk is not an inquiry.
    expect(await panelState(panel)).toBe('not-inquiry');
  });

  it('grades other mail anyway on request', async () => {
    await panel.getByTestId('grade-anyway').click();

    await expect.poll(() => panelState(panel)).toBe('graded');
    expect(await panel.getByTestId('inquiry-class').textContent()).toMatch(/^[A-E]$/);
    expect(await panel.getByTestId('inquiry-total').textContent()).toMatch(/^\d+$/);
    expect(await panel.getByTestId('factor').count()).toBe(6);
  });

  it('follows Gmail to the next message', async () => {
    await openInGmail(gmail, multi);

    await expect.poll(() => panelSender(panel), { timeout: 15_000 }).toBe(multi.sender);
    expect(await panelState(panel)).not.toMatch(/^(empty|unreadable)$/);
  });

  it('says so when Gmail changed beyond what the reader knows', async () => {
    await openInGmail(gmail, changedUi);

    await expect.poll(() => panelState(panel), { timeout: 15_000 }).toBe('unreadable');
    expect(await panelSender(panel)).toBe('');
  });

  it('raised no CSP violation in the worker, the panel or the Gmail page', async () => {
    expect(await worker.evaluate(CSP_REPORTS)).toEqual([]);
    expect(await panel.evaluate(CSP_REPORTS)).toEqual([]);
    expect(await gmail.evaluate(CSP_REPORTS)).toEqual([]);
  });

  it('shows the same message after Chrome stops the worker', async () => {
    await openInGmail(gmail, multi);
    await expect.poll(() => panelSender(panel), { timeout: 15_000 }).toBe(multi.sender);
    const before = await panel.getByTestId('inquiry-state').textContent();

    // A mark set in this instance is gone from the next one: proof the worker restarted.
    await worker.evaluate(() => Object.assign(globalThis, { beforeStop: true }));
    const cdp = await context.newCDPSession(panel);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await panel.reload();

    await expect.poll(() => panelSender(panel), { timeout: 15_000 }).toBe(multi.sender);
    expect(await panel.getByTestId('inquiry-state').textContent()).toBe(before);
    expect(await worker.evaluate(() => 'beforeStop' in globalThis)).toBe(false);
    expect(await worker.evaluate(CSP_REPORTS)).toEqual([]);
  });
});
