import { existsSync } from 'node:fs';

// Debian's Chromium: branded Chrome and Edge ignore --load-extension, and Playwright's own
// browser download cannot work on these machines (toolchain.md).
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// Never skip: a machine without Chromium fails the suite with the way to fix it.
export function assertChromium(): void {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `Chromium not found at ${chromiumPath}. The browser tests need it: ` +
        'run `apt-get update && apt-get install -y chromium`, or set CHROMIUM_PATH.',
    );
  }
}
