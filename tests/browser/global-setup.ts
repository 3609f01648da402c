import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { assertChromium } from './chromium-path.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

// Builds dist/ once for the whole browser suite, the same way `npm run build` does.
export default function setup(): void {
  assertChromium();

  const vite = fileURLToPath(new URL('../../node_modules/vite/bin/vite.js', import.meta.url));
  const result = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], {
    cwd: root,
    encoding: 'utf8',
  });

  if (result.status !== 0) {
    throw new Error(
      `vite build failed before the browser tests:\n${result.stdout}${result.stderr}`,
    );
  }
}
