import { defineConfig } from 'vitest/config';

// Two projects, both run by `npx vitest run`: fast unit tests (node by default, happy-dom
// per file with a `@vitest-environment happy-dom` docblock) and the real-browser suite,
// which builds dist/ once and drives Debian's Chromium one file at a time.
export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.{ts,tsx}', 'src/**/*.test.{ts,tsx}'],
          exclude: ['tests/browser/**', 'tests/firefox/**', 'node_modules/**', 'dist/**'],
          environment: 'node',
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/browser/global-setup.ts'],
          // After the unit tests, not beside them: Chromium and the build would take the
          // machine's two cores from tests that time their own child processes.
          sequence: { groupOrder: 1 },
          environment: 'node',
          pool: 'forks',
          fileParallelism: false,
          maxWorkers: 1,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          // The Firefox build in Debian's Firefox ESR (puppeteer-core over WebDriver BiDi) and
          // Mozilla's linter on it; global-setup builds dist-firefox/, apart from dist/.
          name: 'firefox',
          include: ['tests/firefox/**/*.test.ts'],
          globalSetup: ['tests/firefox/global-setup.ts'],
          sequence: { groupOrder: 2 },
          environment: 'node',
          pool: 'forks',
          fileParallelism: false,
          maxWorkers: 1,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
