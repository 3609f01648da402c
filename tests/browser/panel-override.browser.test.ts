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
import { FACTORS } from '../../src/core/grade-types.ts';
import { classFor, totalOf } from '../../src/core/score.ts';
import { inquiryMessage } from '../support/tab-states.ts';
import { CSP_REPORTS, launchExtension, openPanel, panelClass, panelState } from './support.ts';

// The user's own word on an inquiry, in the built extension on a routed Gmail page: an
// override with its reason changes the class at once and is still there after the panel
// reloads and after the message is opened again; a saved seller profile changes the fit
// factor the next time the message is graded.

const inquiry: GmailThread = { id: threadIdFor('override-inquiry'), messages: [inquiryMessage] };
const other: GmailThread = {
  id: threadIdFor('override-other'),
  messages: [
    {
      ...inquiryMessage,
      from: { name: 'Lena Vogt', email: 'l.vogt@rohrwerk.example' },
      subject: 'Gate valves DN80, 300 pcs, FOB Ningbo',
      bodyText: 'Please quote 300 pcs DN80 gate valves, FOB Ningbo, delivery in June.',
      signatureText: 'Lena Vogt\nEinkauf\nRohrwerk GmbH\n+49 40 555 0100',
      attachments: [],
    },
  ],
};

const REASON = 'Met the buyer at the Canton Fair: a serious importer';

let browser: ExtensionBrowser;
let panel: Page;
let gmail: Page;

const factor = (factorName: string) =>
  panel.locator(`[data-testid="factor"][data-factor="${factorName}"]`);

const scoreOf = async (factorName: string) =>
  Number(await factor(factorName).getAttribute('data-score'));

const overrideNote = () => factor('intent').getByTestId('override-note');

async function openThread(thread: GmailThread): Promise<void> {
  await gmail.click(`a[href="#inbox/${thread.id}"]`);
  await expect
    .poll(() => panel.getByTestId('inquiry-from').textContent(), { timeout: 15_000 })
    .toBe(thread.messages[0]?.from.email);
}

describe('overriding a factor and setting the seller profile', () => {
  beforeAll(async () => {
    browser = await launchExtension();
    await serveGmail(browser.context, () =>
      renderGmailPage([inquiry, other], { openThreadId: inquiry.id }),
    );
  });

  afterAll(async () => {
    await browser?.close();
  });

  let scored: string | null;
  let expectedClass: string;

  it('grades the inquiry with fit neutral while no profile is set', async () => {
    panel = await openPanel(browser.context, browser.extensionId);
    gmail = await browser.context.newPage();
    await gmail.goto(threadUrl(inquiry.id));

    await expect.poll(() => panelState(panel), { timeout: 15_000 }).toBe('graded');
    scored = await panelClass(panel);
    expect(await scoreOf('fit')).toBe(10);
    expect(await factor('fit').textContent()).toContain('Fit is neutral');
  });

  it('overrides intent with a reason, and the class follows at once', async () => {
    const factors = Object.fromEntries(
      await Promise.all(FACTORS.map(async (name) => [name, await scoreOf(name)] as const)),
    ) as Record<(typeof FACTORS)[number], number>;
    const intent = scored === 'E' ? 10 : 1;
    const total = totalOf({ ...factors, intent });
    expectedClass = classFor(total);
    expect(expectedClass).not.toBe(scored);

    await factor('intent').getByTestId('override-factor').click();
    await panel.getByTestId('override-value').fill(String(intent));
    await panel.getByTestId('override-reason').fill(REASON);
    await panel.getByTestId('override-save').click();

    expect(await panelClass(panel)).toBe(expectedClass);
    expect(await panel.getByTestId('inquiry-total').textContent()).toBe(String(total));
    await expect.poll(() => overrideNote().locator('q').textContent()).toBe(REASON);
  });

  it('still shows the override after the panel reloads', async () => {
    await panel.reload();

    await expect.poll(() => panelState(panel), { timeout: 15_000 }).toBe('graded');
    await expect.poll(() => panelClass(panel)).toBe(expectedClass);
    expect(await overrideNote().locator('q').textContent()).toBe(REASON);
    expect(await factor('intent').getAttribute('data-overridden')).toBe('true');
  });

  it('applies it again when the message is opened again, and to that message only', async () => {
    await openThread(other);
    expect(await factor('intent').getAttribute('data-overridden')).toBe('false');

    await openThread(inquiry);
    await expect.poll(() => panelClass(panel)).toBe(expectedClass);
    expect(await overrideNote().locator('q').textContent()).toBe(REASON);
  });

  it('opens the settings page from the panel and saves catalogue keywords', async () => {
    const opened = browser.context.waitForEvent('page');
    await panel.locator('footer').getByTestId('open-settings').click();
    const settings = await opened;
    await settings.waitForURL(/\/src\/options\/index\.html$/);
    await settings.getByTestId('profile-form').waitFor();

    await settings.getByTestId('profile-catalogue').fill('ball valve\ngate valve');
    await settings.getByTestId('profile-targetMarkets').fill('AE, DE');
    await settings.getByTestId('profile-save').click();

    await expect
      .poll(() => settings.getByTestId('profile-status').getAttribute('data-status'))
      .toBe('saved');
    expect(await settings.evaluate(CSP_REPORTS)).toEqual([]);
    await settings.close();
  });

  it('grades fit with the profile the next time the message is read', async () => {
    await gmail.reload();

    await expect.poll(() => scoreOf('fit'), { timeout: 15_000 }).toBeGreaterThan(10);
    expect(await factor('fit').textContent()).not.toContain('Fit is neutral');
    expect(await factor('fit').locator('[data-rule="catalogue-fit"] .evidence').textContent()).toBe(
      'ball valve',
    );
    // The override is kept across the new grade of the same message.
    expect(await factor('intent').getAttribute('data-overridden')).toBe('true');
  });

  it('raised no CSP violation in the worker or the panel', async () => {
    expect(await browser.worker.evaluate(CSP_REPORTS)).toEqual([]);
    expect(await panel.evaluate(CSP_REPORTS)).toEqual([]);
  });
});
