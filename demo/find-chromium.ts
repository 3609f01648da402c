import { accessSync, constants } from 'node:fs';
import { basename, delimiter, join } from 'node:path';

// The demo needs Chromium (or Chrome for Testing): branded Google Chrome 137+ and Edge
// ignore --load-extension, so finding one of those is no answer (toolchain.md).

export type ChromiumSearch = { path: string } | { path: null; branded: string[] };

const CHROMIUM_NAMES = ['chromium', 'chromium-browser'];
const CHROMIUM_APPS = ['/usr/bin/chromium', '/Applications/Chromium.app/Contents/MacOS/Chromium'];
const BRANDED_NAMES = [
  'google-chrome',
  'google-chrome-stable',
  'microsoft-edge',
  'microsoft-edge-stable',
];
const BRANDED_APPS = [
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
];
const BRANDED = /google[- ]chrome|microsoft[- ]edge|msedge/i;

export function findChromium(env: NodeJS.ProcessEnv = process.env): ChromiumSearch {
  const chosen = env.CHROMIUM_PATH;
  if (chosen && isExecutable(chosen) && !BRANDED.test(chosen)) return { path: chosen };

  const onPath = (names: string[]) => names.flatMap((name) => whichAll(name, env.PATH ?? ''));
  const found = [...CHROMIUM_APPS.filter(isExecutable), ...onPath(CHROMIUM_NAMES)];
  const path = found.find((candidate) => !BRANDED.test(candidate));
  if (path) return { path };

  const branded = [
    ...(chosen && isExecutable(chosen) ? [chosen] : []),
    ...BRANDED_APPS.filter(isExecutable),
    ...onPath(BRANDED_NAMES),
  ];
  return { path: null, branded };
}

export function noChromiumAdvice(search: { branded: string[] }, dist: string): string {
  const names = search.branded.map((path) => basename(path)).join(', ');
  const found =
    search.branded.length > 0
      ? `Found only ${names}: branded Chrome and Edge ignore --load-extension,\n` +
        'so the demo cannot start them with the extension.'
      : 'No Chromium found (looked at CHROMIUM_PATH, /usr/bin/chromium, and chromium\n' +
        'or chromium-browser on the PATH).';

  return `${found}

Either install Chromium and run the demo again:
  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium
  elsewhere:      install Chromium or Chrome for Testing, then
                  CHROMIUM_PATH=/path/to/chromium npm run demo

or load the extension by hand in any Chromium-based browser:
  1. open chrome://extensions and switch on "Developer mode";
  2. "Load unpacked" and pick ${dist};
  3. open Gmail and click the Inquiry Triage icon to open its side panel.
`;
}

function whichAll(name: string, searchPath: string): string[] {
  return searchPath
    .split(delimiter)
    .filter(Boolean)
    .map((dir) => join(dir, name))
    .filter(isExecutable);
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
