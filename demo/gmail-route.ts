import { readFileSync } from 'node:fs';
import type { BrowserContext } from 'playwright-core';
import { NAV_SCRIPT_URL } from './gmail-page.ts';

// Serves Gmail-like pages under the real Gmail address, so the extension's content script
// runs under its real match pattern, and refuses every other request: nothing leaves the
// machine. The pages carry a CSP as strict as Gmail's: no script but nav.js, and Trusted
// Types required with no policy allowed, so any HTML string the extension assigned into
// the page would throw and be reported.

export const DEMO_GMAIL_CSP = [
  `script-src ${NAV_SCRIPT_URL}`,
  "object-src 'none'",
  "base-uri 'none'",
  "require-trusted-types-for 'script'",
  "trusted-types 'none'",
].join('; ');

const NAV_SCRIPT = readFileSync(new URL('./gmail-nav.js', import.meta.url), 'utf8');

// The page may be built per request, e.g. to follow what a test puts in the inbox.
export async function serveGmail(context: BrowserContext, page: () => string): Promise<void> {
  await context.route(/^https?:/, (route) => route.abort());
  await context.route('https://mail.google.com/**', (route) => {
    const url = route.request().url();
    if (url === NAV_SCRIPT_URL) {
      return route.fulfill({ status: 200, contentType: 'text/javascript', body: NAV_SCRIPT });
    }

    if (!new URL(url).pathname.startsWith('/mail/')) {
      return route.fulfill({ status: 404, body: '' });
    }

    return route.fulfill({
      status: 200,
      contentType: 'text/html; charset=utf-8',
      headers: { 'content-security-policy': DEMO_GMAIL_CSP },
      body: page(),
    });
  });
}
