// The Firefox manifest, derived from the built Chrome manifest (one source: manifest.json
// plus package.json's version, as crxjs wrote it to dist/). Firefox has no side panel and
// no service worker for extensions: the panel becomes a sidebar_action and the worker a
// background script (an event page), loaded as a module like the worker.

type Json = Record<string, unknown>;

// Fixed for the life of the add-on on addons.mozilla.org: updates and stored data follow it.
export const GECKO_ID = 'inquiry-triage@inquiry-triage';

// 140 is the ESR that first reads data_collection_permissions; storage.session, module
// background scripts and sidebar_action are all older.
export const FIREFOX_MIN_VERSION = '140.0';
export const FIREFOX_ANDROID_MIN_VERSION = '142.0';

// Keys and permissions only Chrome knows; Firefox's linter or loader rejects or warns on them.
const CHROME_ONLY_KEYS = ['side_panel', 'minimum_chrome_version', 'key', 'update_url'];
const CHROME_ONLY_PERMISSIONS = new Set(['sidePanel']);

// Chrome's shortcut for the action (which opens the side panel) is Firefox's for the sidebar.
const COMMAND_NAMES: Record<string, string> = { _execute_action: '_execute_sidebar_action' };

export function toFirefoxManifest(chrome: Json): Json {
  const firefox: Json = { ...chrome };
  for (const key of CHROME_ONLY_KEYS) delete firefox[key];

  const sidePanel = chrome.side_panel as { default_path?: string } | undefined;
  const action = chrome.action as { default_title?: string } | undefined;
  if (!sidePanel?.default_path) {
    throw new Error('manifest has no side_panel.default_path to turn into a sidebar');
  }

  // The sidebar has its own toolbar button and shortcut; an action button that Chrome uses
  // to open the side panel would do nothing in Firefox.
  delete firefox.action;
  firefox.sidebar_action = {
    default_panel: sidePanel.default_path,
    default_title: action?.default_title ?? chrome.name,
    open_at_install: false,
  };

  firefox.background = firefoxBackground(chrome.background);

  for (const key of ['permissions', 'optional_permissions'] as const) {
    const list = chrome[key];
    if (Array.isArray(list)) {
      firefox[key] = list.filter((name) => !CHROME_ONLY_PERMISSIONS.has(String(name)));
    }
  }

  if (chrome.commands && typeof chrome.commands === 'object') {
    firefox.commands = Object.fromEntries(
      Object.entries(chrome.commands as Json).map(([name, command]) => [
        COMMAND_NAMES[name] ?? name,
        command,
      ]),
    );
  }

  if (Array.isArray(chrome.web_accessible_resources)) {
    firefox.web_accessible_resources = chrome.web_accessible_resources.map((entry: Json) => {
      const { use_dynamic_url: _chromeOnly, ...rest } = entry;
      return rest;
    });
  }

  firefox.browser_specific_settings = {
    gecko: {
      id: GECKO_ID,
      strict_min_version: FIREFOX_MIN_VERSION,
      // Nothing leaves the machine (README, Privacy).
      data_collection_permissions: { required: ['none'] },
    },
    // Android has no sidebar; the key only states the version that reads the keys above.
    gecko_android: { strict_min_version: FIREFOX_ANDROID_MIN_VERSION },
  };

  return firefox;
}

function firefoxBackground(background: unknown): Json {
  const chrome = (background ?? {}) as { service_worker?: string; type?: string };
  if (!chrome.service_worker) {
    throw new Error('manifest has no background.service_worker to load as a script');
  }

  return {
    scripts: [chrome.service_worker],
    ...(chrome.type ? { type: chrome.type } : {}),
  };
}
