import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { threadIdFor } from '../../demo/gmail-page.ts';
import { BADGE_COLORS } from '../../src/background/reminders/badge.ts';
import { hansInquiry } from './book-fixtures.ts';
import {
  addMessage,
  type BookBrowser,
  badge,
  clockOffset,
  dueSteps,
  expectSoon,
  launchBookBrowser,
  moveClock,
  nextDueIn,
  notifications,
  openThread,
  openToday,
  productDist,
  restarted,
  stopWorker,
  TEST_CLOCK_KEY,
} from './book-support.ts';

// Reminders that never miss: an A inquiry left unanswered raises an alert at its limit, and
// it does so while Chrome has stopped the worker, woken by the alarm alone, with the badge,
// the notification and the Today view all read back from the database.

const THREAD = threadIdFor('reminders-a-inquiry');

const rgba = (hex: string) =>
  [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16)).concat(255);

let browser: BookBrowser;
let gmail: Page;
let today: Page;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('reminders across a worker stop', () => {
  beforeAll(async () => {
    browser = await launchBookBrowser();
    gmail = await browser.context.newPage();
    today = await openToday(browser.context, browser.extensionId);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('plans an alert at the response limit of an A inquiry', async () => {
    addMessage(browser, THREAD, hansInquiry());
    await openThread(browser, gmail, THREAD);

    await expect
      .poll(() => today.getByTestId('buyer-card').getAttribute('data-stage'), { timeout: 15_000 })
      .toBe('new');
    expect(await nextDueIn(browser.worker)).toBeGreaterThan(0);
    expect(await dueSteps(today)).toEqual([]);
  });

  it('raises it while the worker is stopped, woken by its alarm', async () => {
    // Bring the limit to 4 s from now, then let Chrome stop the worker.
    const offset = await clockOffset(browser.worker);
    await moveClock(browser.worker, offset + (await nextDueIn(browser.worker)) - 4000);
    await expect.poll(() => nextDueIn(browser.worker)).toBeLessThan(4500);
    await stopWorker(browser.context, today, browser.worker);

    // Nothing may touch the worker now: the alarm alone must wake it.
    await sleep(7000);

    expect(await restarted(browser.worker)).toBe(true);
    expect(await badge(browser.worker)).toEqual({ text: '1', color: rgba(BADGE_COLORS.alert) });
    const [step] = await dueSteps(today);
    expect(step).toMatchObject({ purpose: 'first-response', urgency: 'alert' });
    expect(await notifications(browser.worker)).toEqual([`step:${step?.id}`]);
  });

  it('keeps the step through a second stop, and its snooze in the database', async () => {
    const [step] = await dueSteps(today);
    await stopWorker(browser.context, today, browser.worker);
    await today.reload();
    await today.getByTestId('today-view').waitFor();

    await expectSoon(async () => (await dueSteps(today)).map((due) => due.id), [step?.id]);
    await today.getByTestId('step-snooze').click();
    await expectSoon(async () => (await dueSteps(today)).length, 0);
    expect((await badge(browser.worker)).text).toBe('');

    const offset = await clockOffset(browser.worker);
    await stopWorker(browser.context, today, browser.worker);
    await moveClock(today, offset + 61 * 60_000);
    await expectSoon(async () => (await dueSteps(today)).map((due) => due.id), [step?.id]);
    expect((await badge(browser.worker)).text).toBe('1');
  });

  it('marks it done from the Today view after another stop', async () => {
    await stopWorker(browser.context, today, browser.worker);
    await today.getByTestId('step-done').click();

    await expectSoon(async () => (await dueSteps(today)).length, 0);
    expect(await badge(browser.worker)).toMatchObject({ text: '' });
    expect(await notifications(browser.worker)).toEqual([]);
  });

  it("leaves the test clock out of the product's build", () => {
    const files = readdirSync(join(productDist, 'assets')).map((name) =>
      join(productDist, 'assets', name),
    );
    const worker = files.find((file) => /worker.*\.js$/.test(file));

    expect(worker).toBeDefined();
    for (const file of files) expect(readFileSync(file, 'utf8')).not.toContain(TEST_CLOCK_KEY);
  });
});
