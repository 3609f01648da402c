import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { threadIdFor } from '../../demo/gmail-page.ts';
import { BADGE_COLORS } from '../../src/background/reminders/badge.ts';
import { comparingReply, hansInquiry, mariaInquiry, ourQuotation } from './book-fixtures.ts';
import {
  ACCOUNT,
  addMessage,
  type BookBrowser,
  badge,
  dueSteps,
  expectSoon,
  gradedRules,
  launchBookBrowser,
  moveClock,
  moveToNextDue,
  notifications,
  openThread,
  openToday,
} from './book-support.ts';
import { CSP_REPORTS } from './support.ts';

// The prospect book end to end in Chromium, on Gmail pages served under Gmail's address: a
// customer list makes a customer's next inquiry an existing customer's, the quotation starts
// the cadence (seen in the thread, or one click), the Today view lists steps as the worker's
// clock moves past them, done and snooze work, and a buyer's reply changes the plan.

const HANS = threadIdFor('book-hans');
const MARIA_FIRST = threadIdFor('book-maria-1');
const MARIA_NEXT = threadIdFor('book-maria-2');
const PETRA = threadIdFor('book-petra');

const hansColor = (hex: string) => [
  Number.parseInt(hex.slice(1, 3), 16),
  Number.parseInt(hex.slice(3, 5), 16),
  Number.parseInt(hex.slice(5, 7), 16),
  255,
];

let browser: BookBrowser;
let gmail: Page;
let today: Page;

describe('the prospect book and the cadence in the browser', () => {
  beforeAll(async () => {
    browser = await launchBookBrowser();
    gmail = await browser.context.newPage();
    today = await openToday(browser.context, browser.extensionId);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("makes an imported customer's next inquiry an existing customer's", async () => {
    addMessage(browser, MARIA_FIRST, mariaInquiry('DN25 ball valves'));
    await openThread(browser, gmail, MARIA_FIRST);
    await expect
      .poll(() => gradedRules(browser.worker, MARIA_FIRST), { timeout: 15_000 })
      .not.toBeNull();
    expect(await gradedRules(browser.worker, MARIA_FIRST)).not.toContain('existing-customer');

    const csv =
      '\uFEFFCompany,Domain,Country\nSoni Distribución S.L.,sonidistribucion.es,Spain\nBroken,,\n';
    const report = await today.evaluate(
      ([account, text]) =>
        chrome.runtime.sendMessage({ type: 'import-customers', account, csv: text }),
      [ACCOUNT, csv] as const,
    );
    expect(report).toEqual({
      ok: true,
      data: {
        added: 0,
        updated: 1,
        refused: [{ line: 3, reasons: ['no email address or domain'] }],
      },
    });

    addMessage(browser, MARIA_NEXT, mariaInquiry('DN40 gate valves'));
    await openThread(browser, gmail, MARIA_NEXT);
    await expect
      .poll(() => gradedRules(browser.worker, MARIA_NEXT), { timeout: 15_000 })
      .toContain('existing-customer');
  });

  it("starts the cadence when the seller's quotation appears in the thread", async () => {
    const inquiry = hansInquiry();
    addMessage(browser, HANS, inquiry);
    await openThread(browser, gmail, HANS);
    await expect
      .poll(() => today.getByTestId('buyer-name').textContent(), { timeout: 15_000 })
      .toBe('Hans Keller');
    expect(await today.getByTestId('buyer-card').getAttribute('data-stage')).toBe('new');

    addMessage(browser, HANS, ourQuotation(inquiry.from, inquiry.subject));
    await gmail.reload();

    await expect
      .poll(() => today.getByTestId('buyer-card').getAttribute('data-stage'), { timeout: 15_000 })
      .toBe('quoted');
    expect(await today.getByTestId('buyer-inquiry').first().getAttribute('data-plan')).toBe(
      'active',
    );
    expect(await today.getByTestId('buyer-next-step').first().getAttribute('data-purpose')).toBe(
      'confirm-receipt',
    );
  });

  it('starts it with one click where the quotation went out elsewhere', async () => {
    const petra = {
      ...hansInquiry(),
      from: { name: 'Petra Novak', email: 'petra@novak-trade.cz' },
    };
    addMessage(browser, PETRA, petra);
    await openThread(browser, gmail, PETRA);
    await expect
      .poll(() => today.getByTestId('buyer-name').textContent(), { timeout: 15_000 })
      .toBe('Petra Novak');

    await today.getByTestId('quotation-sent').click();
    await expect
      .poll(() => today.getByTestId('buyer-card').getAttribute('data-stage'))
      .toBe('quoted');
    expect(await today.getByTestId('quotation-sent').count()).toBe(0);
  });

  it('lists the steps in the Today view as they fall due, with badge and notifications', async () => {
    expect(await dueSteps(today)).toEqual([]);
    expect((await badge(browser.worker)).text).toBe('');

    await moveToNextDue(browser.worker);

    await expect.poll(async () => (await dueSteps(today)).length, { timeout: 15_000 }).toBe(2);
    const steps = await dueSteps(today);
    expect(steps.map((step) => [step.purpose, step.urgency])).toEqual([
      ['confirm-receipt', 'due'],
      ['confirm-receipt', 'due'],
    ]);
    expect(await badge(browser.worker)).toEqual({ text: '2', color: hansColor(BADGE_COLORS.due) });
    expect(await notifications(browser.worker)).toEqual(
      steps.map((step) => `step:${step.id}`).sort(),
    );
  });

  it('marks a step done and snoozes another from the Today view', async () => {
    const [first, second] = await dueSteps(today);
    await today.locator(`[data-step-id="${first?.id}"]`).getByTestId('step-done').click();
    await expectSoon(async () => (await dueSteps(today)).map((step) => step.id), [second?.id]);
    await expectSoon(async () => (await badge(browser.worker)).text, '1');

    await today.locator(`[data-step-id="${second?.id}"]`).getByTestId('step-snooze').click();
    await expectSoon(async () => (await dueSteps(today)).length, 0);
    await expectSoon(async () => (await badge(browser.worker)).text, '');
    expect(await notifications(browser.worker)).toEqual([]);

    // An hour later, the snoozed step is due again.
    const offset = await browser.worker.evaluate(
      async () => (await chrome.storage.local.get('testClockOffsetMs')).testClockOffsetMs as number,
    );
    await moveClock(browser.worker, offset + 61 * 60_000);
    await expectSoon(async () => (await dueSteps(today)).map((step) => step.id), [second?.id]);
    expect(await notifications(browser.worker)).toEqual([`step:${second?.id}`]);
  });

  it('marks a step done from its notification button', async () => {
    const [step] = await dueSteps(today);
    await browser.worker.evaluate((id) => {
      const event = chrome.notifications.onButtonClicked as unknown as {
        dispatch(id: string, index: number): void;
      };
      event.dispatch(id, 0);
    }, `step:${step?.id}`);

    await expectSoon(async () => (await dueSteps(today)).length, 0);
    expect(await notifications(browser.worker)).toEqual([]);
  });

  it("changes the plan by the kind of the buyer's reply", async () => {
    const inquiry = hansInquiry();
    await openThread(browser, gmail, HANS);
    addMessage(browser, HANS, comparingReply(inquiry.from, inquiry.subject));
    await gmail.reload();

    await expect
      .poll(() => today.getByTestId('buyer-next-step').first().getAttribute('data-purpose'), {
        timeout: 15_000,
      })
      .toBe('weekly-ask');
    expect(await today.getByTestId('buyer-card').getAttribute('data-stage')).toBe('prospect');
  });

  it('raised no CSP violation in the worker or the Today view', async () => {
    expect(await browser.worker.evaluate(CSP_REPORTS)).toEqual([]);
    expect(await today.evaluate(CSP_REPORTS)).toEqual([]);
  });
});
