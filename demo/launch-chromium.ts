import { mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Worker } from 'playwright-core';

// Chromium with the built extension and a fresh profile, as toolchain.md found it must be
// launched: Playwright's own --disable-extensions dropped, the extension named twice, and
// the background services that would try to reach the network switched off.

export type ExtensionBrowser = {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  close: () => Promise<void>;
};

export type LaunchOptions = { executablePath: string; extensionDir: string; headless: boolean };

export async function launchWithExtension(options: LaunchOptions): Promise<ExtensionBrowser> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'inquiry-triage-chromium-'));
  // Chromium may still be writing the profile as it exits; a leftover temp folder is no
  // reason to fail the demo or a test.
  const removeProfile = () =>
    rm(userDataDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 }).catch(
      () => undefined,
    );

  try {
    const context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: options.executablePath,
      headless: options.headless,
      // A window the user sizes; headless pages keep Playwright's fixed size.
      ...(options.headless ? {} : { viewport: null }),
      // Playwright's --no-sandbox stays: root needs it, and hosts that restrict user
      // namespaces (Ubuntu 24.04) break the sandbox even for other users. The demo and the
      // tests serve every page themselves and refuse all other requests.
      ignoreDefaultArgs: ['--disable-extensions'],
      args: [
        `--disable-extensions-except=${options.extensionDir}`,
        `--load-extension=${options.extensionDir}`,
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
    const worker = await extensionWorker(context, options.extensionDir);
    const close = async () => {
      await context.close().catch(() => undefined);
      await removeProfile();
    };

    return { context, worker, extensionId: new URL(worker.url()).host, close };
  } catch (error) {
    await removeProfile();
    throw error;
  }
}

// A browser that ignores --load-extension (branded Chrome, Edge) starts no worker at all.
async function extensionWorker(context: BrowserContext, extensionDir: string): Promise<Worker> {
  const running = context.serviceWorkers()[0];
  if (running) return running;

  try {
    return await context.waitForEvent('serviceworker', { timeout: 20_000 });
  } catch (error) {
    await context.close().catch(() => undefined);
    throw new Error(`the extension in ${extensionDir} did not start in this browser`, {
      cause: error,
    });
  }
}
