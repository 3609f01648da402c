import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type GmailThread,
  renderGmailPage,
  threadIdFor,
  threadUrl,
} from '../../demo/gmail-page.ts';
import { serveGmail } from '../../demo/gmail-route.ts';
import type { ExtensionBrowser } from '../../demo/launch-chromium.ts';
import { inquiryMessage } from '../support/tab-states.ts';
import { launchExtension, openPanel, panelState } from './support.ts';

// "Delete all my data" in the built extension: after a graded inquiry has put a buyer in the
// book and a profile was saved, the settings page's delete empties the book, the extension's
// storage and the badge, and asks for the confirming word first.

const inquiry: GmailThread = { id: threadIdFor('delete-inquiry'), messages: [inquiryMessage] };

let browser: ExtensionBrowser;
let options: Page;

// Every object store of the book and its record count, read straight from IndexedDB.
const bookCounts = () =>
  browser.worker.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const opening = indexedDB.open('inquiry-triage-book');
      opening.onsuccess = () => resolve(opening.result);
      opening.onerror = () => reject(opening.error);
    });
    const counts: Record<string, number> = {};
    for (const name of Array.from(db.objectStoreNames)) {
      counts[name] = await new Promise<number>((resolve) => {
        const counting = db.transaction(name).objectStore(name).count();
        counting.onsuccess = () => resolve(counting.result);
      });
    }
    db.close();
    return counts;
  });

const total = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

describe('delete all my data', () => {
  beforeAll(async () => {
    browser = await launchExtension();
    await serveGmail(browser.context, () =>
      renderGmailPage([inquiry], { openThreadId: inquiry.id }),
    );
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('starts from a book and settings that hold something', async () => {
    const panel = await openPanel(browser.context, browser.extensionId);
    const gmail = await browser.context.newPage();
    await gmail.goto(threadUrl(inquiry.id));
    await expect.poll(() => panelState(panel), { timeout: 15_000 }).toBe('graded');

    await browser.worker.evaluate(() => chrome.storage.local.set({ debug: false }));
    await expect
      .poll(async () => total(await bookCounts()), { timeout: 15_000 })
      .toBeGreaterThan(0);
  });

  it('waits for the confirming word', async () => {
    options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/src/options/index.html`);
    const button = options.getByTestId('delete-all-data');

    await expect.poll(() => button.isDisabled()).toBe(true);
    await options.getByTestId('delete-all-confirm').fill('delete');
    expect(await button.isDisabled()).toBe(true);
  });

  it('empties the book, the storage and the badge', async () => {
    await options.getByTestId('delete-all-confirm').fill('DELETE');
    await options.getByTestId('delete-all-data').click();
    await expect
      .poll(() => options.getByTestId('delete-status').getAttribute('data-state'))
      .toBe('done');

    const counts = await bookCounts();
    expect(Object.keys(counts).length).toBeGreaterThan(0);
    expect(total(counts)).toBe(0);
    expect(await browser.worker.evaluate(() => chrome.storage.local.get(null))).toEqual({});
    expect(await browser.worker.evaluate(() => chrome.action.getBadgeText({}))).toBe('');
  });
});
