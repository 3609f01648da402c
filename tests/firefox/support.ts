import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { NAV_SCRIPT_URL } from '../../demo/gmail-page.ts';
import { DEMO_GMAIL_CSP } from '../../demo/gmail-route.ts';
import { GECKO_ID } from '../../scripts/firefox-manifest.ts';

// Debian's Firefox ESR driven by puppeteer-core over WebDriver BiDi (toolchain.md), headless,
// with the Firefox build (dist-firefox/, made by global-setup) installed as a temporary add-on.

export const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const firefoxDist = fileURLToPath(new URL('../../dist-firefox', import.meta.url));

// Never skip: a machine without Firefox fails the suite with the way to fix it.
export function assertFirefox(): void {
  if (!existsSync(firefoxPath)) {
    throw new Error(
      `Firefox not found at ${firefoxPath}. The Firefox tests need it: ` +
        'run `apt-get update && apt-get install -y firefox-esr`, or set FIREFOX_PATH.',
    );
  }
}

export type FirefoxWithAddon = {
  browser: Browser;
  // The add-on's moz-extension:// origin, fixed before launch so tests can open its pages.
  origin: string;
  close: () => Promise<void>;
};

export async function launchFirefoxWithAddon(): Promise<FirefoxWithAddon> {
  assertFirefox();
  // Firefox gives each add-on a random internal UUID per profile; this pref chooses it.
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath,
    headless: true,
    // BiDi refuses to navigate a tab to a moz-extension:// page without it; the panel page is
    // opened as a tab, since automation cannot open the sidebar.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
    },
  });

  try {
    const id = await browser.installExtension(firefoxDist);
    if (id !== GECKO_ID) throw new Error(`installed add-on has id ${id}, expected ${GECKO_ID}`);
  } catch (error) {
    await browser.close();
    throw error;
  }

  return { browser, origin: `moz-extension://${uuid}`, close: () => browser.close() };
}

const NAV_SCRIPT = readFileSync(new URL('../../demo/gmail-nav.js', import.meta.url), 'utf8');

// The demo's Gmail-like page under the real Gmail address and its kind of CSP; every other
// request from this tab is refused, and all are recorded.
export async function serveGmailTab(page: Page, html: () => string): Promise<string[]> {
  const seen: string[] = [];
  await page.setRequestInterception(true);
  page.on('request', (request: HTTPRequest) => {
    const url = request.url();
    seen.push(url);
    if (url === NAV_SCRIPT_URL) {
      void request.respond({ status: 200, contentType: 'text/javascript', body: NAV_SCRIPT });
    } else if (url.startsWith('https://mail.google.com/mail/')) {
      void request.respond({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        headers: { 'content-security-policy': DEMO_GMAIL_CSP },
        body: html(),
      });
    } else {
      void request.abort();
    }
  });
  return seen;
}

// Opens one of the add-on's pages in a new tab. The tab moves to the extension process on
// the way, and puppeteer's navigation then only ends (detached, or timed out) long after the
// page is there; the page handle works at once, so the page itself is watched instead.
export async function openAddonPage(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage();
  page.goto(url, { timeout: 0 }).catch(() => undefined);
  await waitFor(
    () =>
      page
        .evaluate(() => `${document.readyState} ${location.href}`)
        .catch((error: unknown) => String(error)),
    (seen) => seen === `complete ${url}`,
    `${url} to load`,
  );
  return page;
}

export async function waitFor<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  what: string,
  timeout = 15_000,
): Promise<T> {
  const until = Date.now() + timeout;
  let last: T = await read();
  while (!done(last)) {
    if (Date.now() > until)
      throw new Error(`timed out waiting for ${what}; last saw ${String(last)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
    last = await read();
  }
  return last;
}
