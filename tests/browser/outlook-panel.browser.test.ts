import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtensionBrowser } from '../../demo/launch-chromium.ts';
import { CSP_REPORTS, launchExtension, openPanel, panelSender, panelState } from './support.ts';

// The Outlook content script in Chromium on routed Outlook on the web pages, on each of its
// four hosts, under a strict CSP with Trusted Types: it grades the open message, follows OWA
// from message to message (History API routing, which a content script only hears through
// the Navigation API), and says "could not read this message" on a page it does not know.

const fixtures = fileURLToPath(new URL('../../../shared/fixtures/dom', import.meta.url));

type Fixture = { html: string; url: string; sender: string; subject: string };

function fixture(name: string): Fixture {
  const expected = JSON.parse(readFileSync(join(fixtures, `${name}.expected.json`), 'utf8'));
  return {
    html: readFileSync(join(fixtures, `${name}.html`), 'utf8'),
    url: expected.url,
    sender: expected.openMessage?.from.email ?? '',
    subject: expected.thread?.subject ?? '',
  };
}

const pane = fixture('outlook-reading-pane');
const multi = fixture('outlook-conversation-multi');
const changedUi = fixture('outlook-changed-ui');
// The same page under Microsoft's newest host.
const cloud = { ...pane, url: pane.url.replace('outlook.office.com', 'outlook.cloud.microsoft') };

const STRICT_CSP = [
  "script-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types fixture-navigation',
].join('; ');

const OUTLOOK = /^https:\/\/outlook\.(office\.com|office365\.com|live\.com|cloud\.microsoft)\//;

let browser: ExtensionBrowser;
let panel: Page;
let outlook: Page;
const served = new Map<string, string>();

const pageKey = (url: string) => url.split('?')[0] ?? url;
const panelSubject = (page: Page) => page.locator('.message-header .subject').textContent();

beforeAll(async () => {
  browser = await launchExtension();
  for (const page of [pane, multi, changedUi, cloud]) served.set(pageKey(page.url), page.html);

  await browser.context.route(/^https?:/, (route) => route.abort());
  await browser.context.route(OUTLOOK, (route) => {
    const html = served.get(pageKey(route.request().url()));
    return html
      ? route.fulfill({
          status: 200,
          contentType: 'text/html; charset=utf-8',
          headers: { 'content-security-policy': STRICT_CSP },
          body: html,
        })
      : route.fulfill({ status: 404, body: '' });
  });
  panel = await openPanel(browser.context, browser.extensionId);
});

afterAll(async () => {
  await browser?.close();
});

type HtmlPolicy = { createHTML(html: string): string };
type FixtureWindow = Window & {
  trustedTypes: { createPolicy(name: string, rules: HtmlPolicy): HtmlPolicy };
  fixturePolicy?: HtmlPolicy;
};

// OWA opens another message without loading a page: it redraws, then pushes the address.
async function openInOutlook(page: Page, next: Fixture): Promise<void> {
  await page.evaluate(
    ({ html, url }) => {
      const win = window as unknown as FixtureWindow;
      win.fixturePolicy ??= win.trustedTypes.createPolicy('fixture-navigation', {
        createHTML: (text) => text,
      });
      const parsed = new DOMParser().parseFromString(
        win.fixturePolicy.createHTML(html),
        'text/html',
      );
      document.title = parsed.title;
      document.body.replaceChildren(...parsed.body.childNodes);
      history.pushState({}, '', url);
    },
    { html: next.html, url: next.url },
  );
}

describe('the extension on Outlook on the web', () => {
  it('grades the open message on outlook.office.com', async () => {
    outlook = await browser.context.newPage();
    await outlook.goto(pane.url);

    await expect.poll(() => panelSender(panel), { timeout: 15_000 }).toBe(pane.sender);
    expect(await panelSubject(panel)).toBe(pane.subject);
    expect(await panelState(panel)).not.toMatch(/^(empty|unreadable)$/);
  });

  it('says it could not read a message on a changed Outlook, after following OWA there', async () => {
    await openInOutlook(outlook, changedUi);

    await expect.poll(() => panelState(panel), { timeout: 15_000 }).toBe('unreadable');
    expect(await panelSender(panel)).toBe('');
  });

  it('follows OWA back to a message it can read', async () => {
    await openInOutlook(outlook, pane);

    await expect.poll(() => panelSender(panel), { timeout: 15_000 }).toBe(pane.sender);
  });

  it('reads outlook.live.com, keeping a sender whose address the page hides unknown', async () => {
    const live = await browser.context.newPage();
    await live.goto(multi.url);

    await expect.poll(() => panelSubject(panel), { timeout: 15_000 }).toBe(multi.subject);
    expect(await panelSender(panel)).toBe('');
    expect(await panelState(panel)).not.toMatch(/^(empty|unreadable)$/);
    await live.close();
  });

  it('reads outlook.cloud.microsoft', async () => {
    await outlook.bringToFront();
    const page = await browser.context.newPage();
    await page.goto(cloud.url);

    await expect.poll(() => panelSubject(panel), { timeout: 15_000 }).toBe(pane.subject);
    expect(await panelSender(panel)).toBe(pane.sender);
    await page.close();
  });

  it('raised no CSP violation in the worker, the panel or the Outlook page', async () => {
    expect(await browser.worker.evaluate(CSP_REPORTS)).toEqual([]);
    expect(await panel.evaluate(CSP_REPORTS)).toEqual([]);
    expect(await outlook.evaluate(CSP_REPORTS)).toEqual([]);
  });
});
