import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { packageVersion, zipChrome, zipFirefox } from '../../scripts/extension-builds.ts';
import { GECKO_ID, toFirefoxManifest } from '../../scripts/firefox-manifest.ts';
import { firefoxDist } from './support.ts';

// The store packages and the Firefox manifest: the zips hold the build with manifest.json at
// the root and package.json's version; the Firefox variant has a sidebar, a background
// script, an add-on id and none of Chrome's own keys; the built code loads nothing remote.

const work = mkdtempSync(join(tmpdir(), 'inquiry-triage-packages-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const manifestOf = (zip: Uint8Array) =>
  JSON.parse(new TextDecoder().decode(unzipSync(zip)['manifest.json']));

function filesUnder(dir: string, base = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path, base) : [relative(base, path)];
  });
}

describe('the Firefox manifest', () => {
  const built = JSON.parse(readFileSync(join(firefoxDist, 'manifest.json'), 'utf8'));

  it('has a sidebar, a background script, an add-on id and the version of package.json', () => {
    expect(built.version).toBe(packageVersion());
    expect(built.sidebar_action.default_panel).toBe('src/panel/index.html');
    expect(built.background.scripts).toHaveLength(1);
    expect(built.background.type).toBe('module');
    expect(built.browser_specific_settings.gecko.id).toBe(GECKO_ID);
    expect(built.browser_specific_settings.gecko.data_collection_permissions).toEqual({
      required: ['none'],
    });
  });

  it('leaves out what only Chrome knows', () => {
    for (const key of ['side_panel', 'minimum_chrome_version', 'action']) {
      expect(built).not.toHaveProperty(key);
    }
    expect(built.background).not.toHaveProperty('service_worker');
    expect(built.permissions).not.toContain('sidePanel');
    expect(JSON.stringify(built)).not.toContain('use_dynamic_url');
  });

  it("turns the action's shortcut into the sidebar's", () => {
    const firefox = toFirefoxManifest({
      name: 'x',
      side_panel: { default_path: 'panel.html' },
      background: { service_worker: 'sw.js' },
      commands: { _execute_action: { suggested_key: { default: 'Alt+Shift+I' } } },
    });
    expect(firefox.commands).toEqual({
      _execute_sidebar_action: { suggested_key: { default: 'Alt+Shift+I' } },
    });
  });
});

describe('the built code', () => {
  // What a store reviewer looks for: code fetched at run time instead of shipped.
  const REMOTE = [
    /\bimport\s*\(\s*["'`]https?:/,
    /\bimportScripts\s*\(\s*["'`]https?:/,
    /<script[^>]+src\s*=\s*["']?(https?:)?\/\//i,
    /\.src\s*=\s*["'`]https?:/,
  ];

  it('loads no remote code', () => {
    const found = filesUnder(firefoxDist)
      .filter((file) => /\.(m?js|html)$/.test(file))
      .flatMap((file) => {
        const text = readFileSync(join(firefoxDist, file), 'utf8');
        return REMOTE.filter((pattern) => pattern.test(text)).map(
          (pattern) => `${file}: ${pattern}`,
        );
      });
    expect(found).toEqual([]);
  });
});

describe('the store packages', () => {
  it('zips the Firefox build with web-ext, manifest at the root', async () => {
    const zip = await zipFirefox(firefoxDist, join(work, 'firefox.zip'));
    const manifest = manifestOf(readFileSync(zip));
    expect(manifest.version).toBe(packageVersion());
    expect(manifest.browser_specific_settings.gecko.id).toBe(GECKO_ID);
    expect(Object.keys(unzipSync(readFileSync(zip)))).toContain('src/panel/index.html');
  }, 60_000);

  it('zips a build for Chrome and Edge the same, byte for byte, each time', () => {
    // Any build folder will do for the zip itself; dist/ belongs to the Chromium suite.
    const first = readFileSync(zipChrome(firefoxDist, join(work, 'a.zip')));
    const second = readFileSync(zipChrome(firefoxDist, join(work, 'b.zip')));
    expect(Buffer.compare(first, second)).toBe(0);
    expect(Object.keys(unzipSync(first)).sort()).toEqual(filesUnder(firefoxDist).sort());
    expect(manifestOf(first).version).toBe(packageVersion());
  });
});
