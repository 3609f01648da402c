import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';
import webExt from 'web-ext';
import { toFirefoxManifest } from './firefox-manifest.ts';

// The two builds and their store packages, from one source: `vite build` with the crxjs
// manifest (manifest.json, version from package.json). Chrome/Edge get dist/ as built;
// Firefox gets its own vite build in dist-firefox/ with the manifest rewritten, so building
// it never touches a dist/ that the Chromium tests may be using.

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const CHROME_DIR = join(ROOT, 'dist');
export const FIREFOX_DIR = join(ROOT, 'dist-firefox');
export const ARTIFACTS_DIR = join(ROOT, 'artifacts');

export type Target = 'chrome' | 'firefox';
export const TARGETS: readonly Target[] = ['chrome', 'firefox'];

const VITE = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');

export function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

function readManifest(dir: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
}

// Vite locks a project against two builds at once; a build into a folder of its own (the
// Firefox one) may run beside another, as tests/browser/book-support.ts's does.
function viteBuild(outDir: string, options: { ownFolder?: boolean } = {}): void {
  const args = [VITE, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'];
  if (options.ownFolder) args.push('--bypass-lock');
  const result = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(
      `vite build into ${relative(ROOT, outDir)} failed:\n${result.stdout}${result.stderr}`,
    );
  }

  const manifest = readManifest(outDir);
  if (manifest.version !== packageVersion()) {
    throw new Error(
      `built manifest has version ${manifest.version}, package.json ${packageVersion()}`,
    );
  }
}

export function buildChrome(): string {
  viteBuild(CHROME_DIR);
  return CHROME_DIR;
}

export function buildFirefox(): string {
  viteBuild(FIREFOX_DIR, { ownFolder: true });
  const manifest = toFirefoxManifest(readManifest(FIREFOX_DIR));
  writeFileSync(join(FIREFOX_DIR, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return FIREFOX_DIR;
}

export function build(target: Target): string {
  return target === 'chrome' ? buildChrome() : buildFirefox();
}

export const packageFile = (target: Target) =>
  join(ARTIFACTS_DIR, `inquiry-triage-${target}-${packageVersion()}.zip`);

// Every file under dir, sorted, with '/' separators as zip entries need.
function filesUnder(dir: string): string[] {
  const found: string[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else found.push(relative(dir, path).split(sep).join('/'));
    }
  };
  walk(dir);
  return found;
}

// A fixed date for every entry: the same source gives the same zip, byte for byte.
const ZIP_DATE = new Date('2020-01-01T00:00:00Z');

// Chrome Web Store and Edge Add-ons take the same zip, manifest.json at its root.
export function zipChrome(dir = CHROME_DIR, out = packageFile('chrome')): string {
  const entries = Object.fromEntries(
    filesUnder(dir).map((file) => [file, readFileSync(join(dir, file))] as const),
  );
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, zipSync(entries, { level: 9, mtime: ZIP_DATE }));
  return out;
}

// Mozilla's own packager, which checks the manifest as it zips.
export async function zipFirefox(dir = FIREFOX_DIR, out = packageFile('firefox')): Promise<string> {
  mkdirSync(dirname(out), { recursive: true });
  rmSync(out, { force: true });
  await webExt.cmd.build(
    {
      sourceDir: dir,
      artifactsDir: dirname(out),
      filename: basename(out),
      overwriteDest: true,
    },
    { showReadyMessage: false },
  );
  return out;
}

export async function packageTarget(target: Target): Promise<string> {
  const dir = build(target);
  return target === 'chrome' ? zipChrome(dir) : zipFirefox(dir);
}

export type LintMessage = { code: string; message: string; description?: string; file?: string };
export type LintReport = {
  count: number;
  summary: { errors: number; notices: number; warnings: number };
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
};

// addons-linter through web-ext, as AMO runs it on upload, without its own printing.
export async function lintFirefox(dir = FIREFOX_DIR): Promise<LintReport> {
  return (await webExt.cmd.lint(
    { sourceDir: dir, output: 'none', warningsAsErrors: false, selfHosted: false },
    { shouldExitProgram: false },
  )) as LintReport;
}

export function formatLint(report: LintReport): string {
  const line = (kind: string, entry: LintMessage) =>
    `  ${kind} ${entry.code}${entry.file ? ` (${entry.file})` : ''}: ${entry.message}`;
  return [
    `addons-linter: ${report.summary.errors} errors, ${report.summary.warnings} warnings, ${report.summary.notices} notices`,
    ...report.errors.map((entry) => line('error', entry)),
    ...report.warnings.map((entry) => line('warning', entry)),
    ...report.notices.map((entry) => line('notice', entry)),
  ].join('\n');
}
