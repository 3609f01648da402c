import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { type ExtensionBrowser, launchWithExtension } from '../../demo/launch-chromium.ts';
import { assertChromium, chromiumPath } from './chromium-path.ts';

// What every browser test does: Debian's Chromium headless with the dist/ that global-setup
// built, the panel page opened as a tab (automation cannot open the real side panel: it
// needs a user gesture), and the panel's stable hooks read back.

const dist = fileURLToPath(new URL('../../dist', import.meta.url));

export function launchExtension(): Promise<ExtensionBrowser> {
  assertChromium();
  return launchWithExtension({ executablePath: chromiumPath, extensionDir: dist, headless: true });
}

export async function openPanel(context: BrowserContext, extensionId: string): Promise<Page> {
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/src/panel/index.html`);
  await panel.getByTestId('inquiry-state').waitFor();
  return panel;
}

export const panelState = (panel: Page) =>
  panel.getByTestId('inquiry-state').getAttribute('data-state');

export const panelSender = (panel: Page) => panel.getByTestId('inquiry-from').textContent();

export const panelClass = (panel: Page) => panel.getByTestId('inquiry-class').textContent();

// Read from inside each context: Playwright's own evaluate is exempt from CSP, and
// buffered reports include violations raised before anyone listened (the worker's start).
export const CSP_REPORTS = () =>
  new Promise<string[]>((resolve) => {
    const seen: string[] = [];
    const observer = new ReportingObserver(
      (reports) => {
        for (const report of reports) {
          seen.push(JSON.stringify(report.body));
        }
      },
      { types: ['csp-violation'], buffered: true },
    );
    observer.observe();
    setTimeout(() => resolve(seen), 300);
  });
