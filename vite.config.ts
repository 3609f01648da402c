import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import manifest from './src/manifest.config.ts';

// Only `vite build` output is loaded anywhere: a dev-server build pulls code from
// localhost and opens every file to every site (toolchain.md).
export default defineConfig({
  plugins: [
    preact(),
    crx({
      manifest,
      // One self-contained content script instead of crxjs's loader, whose imports of
      // web-accessible files let Gmail's page detect the extension.
      contentScripts: { standaloneFiles: ['src/content/gmail.ts', 'src/content/outlook.ts'] },
    }),
  ],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Chrome 116 is the floor (manifest minimum_chrome_version).
    target: 'chrome116',
    sourcemap: false,
    rollupOptions: { input: { dashboard: 'src/dashboard/index.html' } },
  },
});
