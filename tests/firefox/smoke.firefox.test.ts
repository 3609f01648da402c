import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoMail, loadDemoInbox } from '../../demo/demo-inbox.ts';
import { renderGmailPage, threadUrl } from '../../demo/gmail-page.ts';
import { gradeMail } from '../../src/core/grade.ts';
import {
  type FirefoxWithAddon,
  launchFirefoxWithAddon,
  openAddonPage,
  serveGmailTab,
  waitFor,
} from './support.ts';

// The Firefox build in Debian's Firefox ESR, headless, on the demo's Gmail-like page served
// under the real Gmail address: the content script reads the open message, the background
// script grades it, keeps the tab's state and records the inquiry in the book (IndexedDB),
// and the panel (the sidebar's page, opened as a tab) shows the grade.

let firefox: FirefoxWithAddon;
let inbox: DemoMail[];

const byFile = (prefix: string) => {
  const found = inbox.find((mail) => mail.file.startsWith(prefix));
  if (!found) throw new Error(`no demo mail ${prefix}`);
  return found;
};

const panelState = (panel: Page) =>
  panel.evaluate(() =>
    document.querySelector('[data-testid="inquiry-state"]')?.getAttribute('data-state'),
  );

const panelText = (panel: Page, testId: string) =>
  panel.evaluate(
    (id) => document.querySelector(`[data-testid="${id}"]`)?.textContent?.trim() ?? null,
    testId,
  );

type StoreCount = Record<string, number> | string;

// Read from an extension page: the background's IndexedDB is the add-on's origin's.
const bookCounts = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<StoreCount>((resolve) => {
        const open = indexedDB.open('inquiry-triage-book');
        open.onerror = () => resolve(`open failed: ${open.error}`);
        open.onsuccess = () => {
          const db = open.result;
          const names = [...db.objectStoreNames];
          if (!names.includes('inquiries')) {
            db.close();
            resolve(`no inquiries store in [${names.join(', ')}]`);
            return;
          }
          const counts: Record<string, number> = {};
          const tx = db.transaction(['inquiries', 'prospects'].filter((n) => names.includes(n)));
          for (const name of tx.objectStoreNames) {
            const request = tx.objectStore(name).count();
            request.onsuccess = () => {
              counts[name] = request.result;
            };
          }
          tx.oncomplete = () => {
            db.close();
            resolve(counts);
          };
          tx.onerror = () => resolve(`read failed: ${tx.error}`);
        };
      }),
  );

describe('the Firefox build in Firefox ESR', () => {
  let panel: Page;
  let gmail: Page;
  let gmailRequests: string[];

  beforeAll(async () => {
    inbox = await loadDemoInbox();
    firefox = await launchFirefoxWithAddon();
  });

  afterAll(async () => {
    await firefox?.close();
  });

  it('opens the panel page, empty before any mail is read', async () => {
    panel = await openAddonPage(firefox.browser, `${firefox.origin}/src/panel/index.html`);
    expect(
      await waitFor(
        () => panelState(panel),
        (state) => state === 'empty',
        'empty',
      ),
    ).toBe('empty');
  });

  it('grades the open Gmail inquiry as the core does', async () => {
    const order = byFile('01-');
    const expected = gradeMail(order.message, {});
    expect(expected.kind).toBe('inquiry');

    gmail = await firefox.browser.newPage();
    const threads = inbox.map((mail) => mail.thread);
    gmailRequests = await serveGmailTab(gmail, () =>
      renderGmailPage(threads, { openThreadId: order.thread.id }),
    );
    await gmail.goto(threadUrl(order.thread.id));

    await waitFor(
      () => panelState(panel),
      (state) => state === 'graded',
      'a graded panel',
    );
    expect(await panelText(panel, 'inquiry-from')).toBe(order.message.from.email);
    expect(await panelText(panel, 'inquiry-class')).toBe(
      expected.kind === 'inquiry' ? expected.class : null,
    );
  });

  it('follows Gmail to a buyer reply', async () => {
    const reply = byFile('13-');
    await gmail.click(`a[href="#inbox/${reply.thread.id}"]`);

    await waitFor(
      () => panelText(panel, 'inquiry-from'),
      (from) => from === reply.message.from.email,
      'the reply',
    );
    expect(
      await waitFor(
        () => panelState(panel),
        (state) => state === 'reply',
        'reply',
      ),
    ).toBe('reply');
  });

  it('recorded the graded inquiry in the book', async () => {
    const counts = await waitFor(
      () => bookCounts(panel),
      (value) => typeof value === 'object' && (value.inquiries ?? 0) >= 1,
      'an inquiry in the book',
    );
    expect(counts).toMatchObject({ inquiries: expect.any(Number) });
  });

  it('let the Gmail tab reach nothing but the routed Gmail page', () => {
    const elsewhere = gmailRequests.filter((url) => !url.startsWith('https://mail.google.com/'));
    expect(elsewhere).toEqual([]);
  });
});
