import type { BrowserContext, Page } from 'playwright-core';
import { DEMO_ACCOUNT, DEMO_TIME_ZONE, type DemoMail } from './demo-inbox.ts';
import { renderGmailPage, threadUrl } from './gmail-page.ts';
import { serveGmail } from './gmail-route.ts';
import type { ExtensionBrowser } from './launch-chromium.ts';

// What the demo does in the browser: the demo inbox under Gmail's address, one mail open
// in it, and the extension's panel beside it as a tab (automation cannot open the real
// side panel: that takes a user's click).

export type PanelGrade = { state: string; letter: string; total: string; from: string };

const PANEL_SIZE = { width: 460, height: 900 };
const GRADE_TIMEOUT_MS = 30_000;

export async function openDemo(
  browser: ExtensionBrowser,
  inbox: readonly DemoMail[],
  open: DemoMail,
  options: { fixedPanelSize: boolean },
): Promise<Page> {
  const threads = inbox.map((mail) => mail.thread);
  await serveGmail(browser.context, () =>
    renderGmailPage(threads, {
      openThreadId: open.thread.id,
      account: DEMO_ACCOUNT,
      timeZone: DEMO_TIME_ZONE,
    }),
  );

  const gmail = browser.context.pages()[0] ?? (await browser.context.newPage());
  await gmail.goto(threadUrl(open.thread.id));

  const panel = await browser.context.newPage();
  if (options.fixedPanelSize) await panel.setViewportSize(PANEL_SIZE);
  await panel.goto(`chrome-extension://${browser.extensionId}/src/panel/index.html`);
  return panel;
}

export async function waitForGrade(panel: Page): Promise<PanelGrade> {
  const state = panel.getByTestId('inquiry-state');
  await panel
    .locator('[data-testid="inquiry-state"][data-state="graded"]')
    .waitFor({ timeout: GRADE_TIMEOUT_MS });
  const text = async (testId: string) => (await panel.getByTestId(testId).textContent()) ?? '';

  return {
    state: (await state.getAttribute('data-state')) ?? '',
    letter: await text('inquiry-class'),
    total: await text('inquiry-total'),
    from: await text('inquiry-from'),
  };
}

// Headed, the demo lasts until the user closes the browser, or its last tab.
export function untilClosed(context: BrowserContext): Promise<void> {
  return new Promise((resolve) => {
    context.once('close', () => resolve());
    const watch = (page: Page) =>
      page.once('close', () => {
        if (context.pages().length === 0) resolve();
      });
    context.pages().forEach(watch);
    context.on('page', watch);
  });
}
