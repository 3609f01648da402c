import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import axe from 'axe-core';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoMail, loadDemoInbox } from '../../demo/demo-inbox.ts';
import { renderGmailPage, threadUrl } from '../../demo/gmail-page.ts';
import { DEMO_GMAIL_CSP, serveGmail } from '../../demo/gmail-route.ts';
import type { ExtensionBrowser } from '../../demo/launch-chromium.ts';
import { launchExtension, openPanel, panelState } from './support.ts';

// Accessibility of every panel state (empty, graded, reply, not-inquiry, unreadable), the
// override form, the Today view and the settings page, in Chromium: axe-core finds no
// serious or critical violation; Tab reaches every control and Enter and Space work them;
// a keyboard command opens the panel.

const fixtures = fileURLToPath(new URL('../../../shared/fixtures/dom', import.meta.url));
const changedUi = {
  html: readFileSync(join(fixtures, 'gmail-changed-ui.html'), 'utf8'),
  url: JSON.parse(readFileSync(join(fixtures, 'gmail-changed-ui.expected.json'), 'utf8')).url,
};

type Violation = { id: string; impact: string | null; help: string; targets: string[] };

// axe-core's own source, evaluated in the page (Playwright's evaluate is not held to the
// extension's CSP), then run on the whole document.
async function seriousViolations(page: Page): Promise<Violation[]> {
  await page.evaluate(axe.source);
  const violations = await page.evaluate(async () => {
    const { axe: inPage } = window as unknown as { axe: typeof axe };
    const results = await inPage.run(document, { resultTypes: ['violations'] });
    return results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? null,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
  });
  return violations.filter((violation) => ['serious', 'critical'].includes(violation.impact ?? ''));
}

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"]), [contenteditable="true"]';

// Every visible control, then Tab from the top of the page until focus comes back round:
// the controls Tab never reached.
async function unreachedByTab(page: Page): Promise<string[]> {
  const count = await page.evaluate((selector) => {
    const controls = Array.from(document.querySelectorAll<HTMLElement>(selector)).filter(
      (element) => element.getClientRects().length > 0 && !element.closest('[inert]'),
    );
    controls.forEach((element, index) => {
      element.dataset.kb = String(index);
    });
    (document.activeElement as HTMLElement | null)?.blur();
    return controls.length;
  }, FOCUSABLE);

  const reached = new Set<string>();
  for (let press = 0; press < count + 3; press += 1) {
    await page.keyboard.press('Tab');
    const index = await page.evaluate(
      () => (document.activeElement as HTMLElement | null)?.dataset.kb ?? null,
    );
    if (index !== null) reached.add(index);
  }

  return page.evaluate(
    (seen) =>
      Array.from(document.querySelectorAll<HTMLElement>('[data-kb]'))
        .filter((element) => !seen.includes(element.dataset.kb ?? ''))
        .map((element) => element.outerHTML.slice(0, 120)),
    [...reached],
  );
}

// Tab until the control is focused, then press the key on it, as a keyboard user would.
async function pressOn(page: Page, testId: string, key: 'Enter' | ' '): Promise<void> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  for (let press = 0; press < 200; press += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(
      () => (document.activeElement as HTMLElement | null)?.dataset.testid ?? null,
    );
    if (focused === testId) {
      await page.keyboard.press(key === ' ' ? 'Space' : key);
      return;
    }
  }
  throw new Error(`Tab never reached ${testId}`);
}

let browser: ExtensionBrowser;
let inbox: DemoMail[];
let panel: Page;
let gmail: Page;
let page = '';

const mail = (prefix: string) => {
  const found = inbox.find((entry) => entry.file.startsWith(prefix));
  if (!found) throw new Error(`no demo mail ${prefix}`);
  return found;
};

async function show(url: string, html: string, state: string): Promise<void> {
  page = html;
  await gmail.goto('about:blank');
  await gmail.goto(url);
  await expect.poll(() => panelState(panel), { timeout: 15_000 }).toBe(state);
}

const showDemo = (prefix: string, state: string) => {
  const { thread } = mail(prefix);
  const threads = inbox.map((entry) => entry.thread);
  return show(threadUrl(thread.id), renderGmailPage(threads, { openThreadId: thread.id }), state);
};

describe('accessibility of the panel and the settings page', () => {
  beforeAll(async () => {
    inbox = await loadDemoInbox();
    browser = await launchExtension();
    await serveGmail(browser.context, () => page);
    // The changed-UI fixture has no nav.js; the demo CSP serves it as strictly.
    expect(DEMO_GMAIL_CSP).toContain("require-trusted-types-for 'script'");
    panel = await openPanel(browser.context, browser.extensionId);
    gmail = await browser.context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('empty: no serious violation', async () => {
    expect(await panelState(panel)).toBe('empty');
    expect(await seriousViolations(panel)).toEqual([]);
    expect(await unreachedByTab(panel)).toEqual([]);
  });

  it('graded: no serious violation, every control reached by Tab', async () => {
    await showDemo('01-', 'graded');
    expect(await seriousViolations(panel)).toEqual([]);
    expect(await unreachedByTab(panel)).toEqual([]);
  });

  it('graded, in the dark colour scheme: no serious violation', async () => {
    await panel.emulateMedia({ colorScheme: 'dark' });
    try {
      expect(await seriousViolations(panel)).toEqual([]);
    } finally {
      await panel.emulateMedia({ colorScheme: 'light' });
    }
  });

  it('graded: the class badge reads clearly in every class colour', async () => {
    await panel.evaluate(axe.source);
    const failing = await panel.evaluate(async () => {
      const { axe: inPage } = window as unknown as { axe: typeof axe };
      const badge = document.querySelector('.verdict') as HTMLElement;
      const original = badge.className;
      const found: string[] = [];
      // E is a gradient, which axe cannot measure; its two ends are checked as plain colours.
      for (const [letter, background] of [
        ['A', ''],
        ['B', ''],
        ['C', ''],
        ['D', ''],
        ['E', 'var(--class-e)'],
        ['E', 'var(--class-e-soft)'],
      ]) {
        badge.className = `verdict class-${letter}`;
        badge.style.background = background ?? '';
        const results = await inPage.run(badge, { runOnly: ['color-contrast'] });
        for (const violation of results.violations) {
          found.push(`${letter} ${background}: ${violation.nodes.map((n) => n.target).join(', ')}`);
        }
      }
      badge.className = original;
      badge.style.background = '';
      return found;
    });
    expect(failing).toEqual([]);
  });

  it('graded: Space opens the override form, which passes too; Enter cancels it', async () => {
    await pressOn(panel, 'override-factor', ' ');
    await panel.getByTestId('override-form').waitFor();
    expect(await seriousViolations(panel)).toEqual([]);
    expect(await unreachedByTab(panel)).toEqual([]);

    await pressOn(panel, 'override-cancel', 'Enter');
    await expect.poll(() => panel.getByTestId('override-form').count()).toBe(0);
  });

  it('reply: no serious violation', async () => {
    await showDemo('13-', 'reply');
    expect(await seriousViolations(panel)).toEqual([]);
    expect(await unreachedByTab(panel)).toEqual([]);
  });

  it('not-inquiry: no serious violation; Enter on "grade it anyway" grades it', async () => {
    await showDemo('15-', 'not-inquiry');
    expect(await seriousViolations(panel)).toEqual([]);
    expect(await unreachedByTab(panel)).toEqual([]);

    await pressOn(panel, 'grade-anyway', 'Enter');
    await expect.poll(() => panelState(panel), { timeout: 15_000 }).toBe('graded');
  });

  it('unreadable: no serious violation', async () => {
    await show(changedUi.url, changedUi.html, 'unreadable');
    expect(await seriousViolations(panel)).toEqual([]);
    expect(await unreachedByTab(panel)).toEqual([]);
  });

  it('the Today view: no serious violation', async () => {
    const today = await browser.context.newPage();
    await today.goto(`chrome-extension://${browser.extensionId}/src/panel/index.html#today`);
    await today.getByTestId('today-view').waitFor();
    expect(await seriousViolations(today)).toEqual([]);
    expect(await unreachedByTab(today)).toEqual([]);
    await today.close();
  });

  it('the settings page: no serious violation, every control reached by Tab', async () => {
    const settingsOpened = browser.context.waitForEvent('page');
    await pressOn(panel, 'open-settings', 'Enter');
    const settings = await settingsOpened;
    await settings.waitForLoadState('load');
    expect(settings.url()).toBe(`chrome-extension://${browser.extensionId}/src/options/index.html`);
    await expect.poll(() => settings.locator('main, form, h1').count()).toBeGreaterThan(0);

    expect(await seriousViolations(settings)).toEqual([]);
    expect(await unreachedByTab(settings)).toEqual([]);
    await settings.close();
  });

  it('has a keyboard command that opens the panel', async () => {
    // The command is the action's; a click on the action opens the side panel. Automation
    // cannot press a browser shortcut, so both halves are read from the extension.
    const commands = await browser.worker.evaluate(() => chrome.commands.getAll());
    const open = commands.find((command) => command.name === '_execute_action');
    expect(open?.shortcut).toMatch(/^(Alt\+Shift\+I|⌥⇧I)$/);
    expect(await browser.worker.evaluate(() => chrome.sidePanel.getPanelBehavior())).toEqual({
      openPanelOnActionClick: true,
    });
  });
});
