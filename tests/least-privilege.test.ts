import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toFirefoxManifest } from '../scripts/firefox-manifest.ts';

// Least privilege, read from the manifest itself (manifest.json, the one source of both
// builds): exactly the permissions the features need, each with its reason here and in the
// README's table; host access and content scripts only on the mail clients' origins; the
// strictest extension-page CSP; nothing exposed to pages or other extensions; no remote code.

const root = new URL('..', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('manifest.json', root), 'utf8'));
const readme = readFileSync(new URL('README.md', root), 'utf8');

// The reason for each: a new permission fails here until it is argued for (and in the README).
const PERMISSIONS: Record<string, string> = {
  sidePanel: 'the grade is shown in the side panel beside the mail',
  storage: 'per-tab readings in storage.session; settings and overrides in storage.local',
  alarms: 'follow-up reminders fall due at their time, also while the worker is stopped',
  notifications: 'a follow-up that falls due is announced even when the panel is closed',
};

// The mail clients' origins, where the content scripts read the open message.
const MAIL_ORIGINS = [
  'https://mail.google.com/*',
  'https://outlook.office.com/*',
  'https://outlook.office365.com/*',
  'https://outlook.live.com/*',
  'https://outlook.cloud.microsoft/*',
];

// Never needed: each would reach far beyond the open message.
const NEVER = [
  'tabs',
  'activeTab',
  'scripting',
  'webRequest',
  'webRequestBlocking',
  'webNavigation',
  'declarativeNetRequest',
  'declarativeNetRequestWithHostAccess',
  'cookies',
  'history',
  'bookmarks',
  'downloads',
  'clipboardRead',
  'identity',
  'management',
  'nativeMessaging',
  'debugger',
  'proxy',
  'privacy',
  'unlimitedStorage',
  '<all_urls>',
];

type ContentScript = { matches: string[]; js?: string[]; world?: string; all_frames?: boolean };

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name = '', ...values]) => [name, values]),
  );
}

describe('least privilege', () => {
  it('asks for exactly the permissions the features need', () => {
    expect([...manifest.permissions].sort()).toEqual(Object.keys(PERMISSIONS).sort());
    expect(manifest.optional_permissions ?? []).toEqual([]);
    for (const permission of NEVER) expect(manifest.permissions).not.toContain(permission);
  });

  it('has host access to the mail clients only', () => {
    expect([...manifest.host_permissions].sort()).toEqual([...MAIL_ORIGINS].sort());
    expect(manifest.optional_host_permissions ?? []).toEqual([]);
    for (const pattern of manifest.host_permissions) {
      expect(pattern).toMatch(/^https:\/\/[a-z0-9.-]+\/\*$/);
    }
  });

  it('runs content scripts only where mail is read, in their own world, top frame only', () => {
    const scripts: ContentScript[] = manifest.content_scripts;
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) {
      for (const match of script.matches) expect(MAIL_ORIGINS).toContain(match);
      expect(script.world ?? 'ISOLATED').toBe('ISOLATED');
      expect(script.all_frames ?? false).toBe(false);
      for (const file of script.js ?? []) expect(existsSync(new URL(file, root))).toBe(true);
    }
  });

  it('exposes nothing to web pages or other extensions', () => {
    expect(manifest.web_accessible_resources ?? []).toEqual([]);
    expect(manifest.externally_connectable).toBeUndefined();
  });

  it('has the strictest extension-page CSP: own scripts only, no eval, no plugins', () => {
    const csp = directives(manifest.content_security_policy.extension_pages);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(csp.get('form-action')).toEqual(["'none'"]);
    expect(manifest.content_security_policy.sandbox).toBeUndefined();
    expect(manifest.sandbox).toBeUndefined();
  });

  it('loads no remote code: every script and page is a file of the extension', () => {
    expect(manifest.background.service_worker).toMatch(/^src\/[\w/-]+\.ts$/);
    const pages = [manifest.side_panel?.default_path, manifest.options_ui?.page].filter(Boolean);
    for (const page of pages) {
      const html = readFileSync(new URL(page, root), 'utf8');
      const sources = [...html.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)\s*=\s*"([^"]*)"/gi)];
      for (const [, source] of sources) expect(source).not.toMatch(/^(https?:)?\/\//i);
    }
  });

  it('keeps the same privileges in the Firefox build, less what Firefox lacks', () => {
    const firefox = toFirefoxManifest({ ...manifest, version: '0.0.0' });
    expect([...(firefox.permissions as string[])].sort()).toEqual(
      Object.keys(PERMISSIONS)
        .filter((permission) => permission !== 'sidePanel')
        .sort(),
    );
    expect(firefox.host_permissions).toEqual(manifest.host_permissions);
    expect(firefox.content_scripts).toEqual(manifest.content_scripts);
    expect(firefox.content_security_policy).toEqual(manifest.content_security_policy);
  });

  it('names every permission and host in the README with its reason', () => {
    // The table under the README's `| permission | why |` header.
    const lines = readme.split('\n');
    const start = lines.findIndex((line) => /^\|\s*permission\s*\|/.test(line));
    const end = lines.findIndex((line, i) => i > start && !line.startsWith('|'));
    const table = lines.slice(start, end === -1 ? undefined : end).join('\n');
    expect(start).toBeGreaterThanOrEqual(0);
    const hosts = manifest.host_permissions.map(
      (pattern: string) => new URL(pattern.replace('/*', '/')).host,
    );
    const missing = [...manifest.permissions, ...hosts].filter(
      (name: string) => !table.includes(`\`${name}\``) && !table.includes(name),
    );
    expect(missing).toEqual([]);
  });
});
