#!/usr/bin/env node
// Node 20 runs no TypeScript. `npm ci` bundles the CLI into dist-cli/ (bin/build-cli.js), which
// starts in a fraction of the time; without that bundle, or when a source is newer than it (an
// edit not yet rebuilt), tsx compiles the sources as they load, so the bin never runs stale code.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bundle = join(root, 'dist-cli/run.js');

if (isFresh(bundle, [join(root, 'src'), join(root, 'package-lock.json')])) {
  await import(pathToFileURL(bundle).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/run.ts');
}

function isFresh(built, inputs) {
  const builtAt = statSync(built, { throwIfNoEntry: false })?.mtimeMs;
  return builtAt !== undefined && inputs.every((input) => newest(input) <= builtAt);
}

// The newest modification time in a file or a folder tree (a few milliseconds for src/).
function newest(path) {
  const info = statSync(path, { throwIfNoEntry: false });
  if (!info?.isDirectory()) return info?.mtimeMs ?? 0;

  let latest = info.mtimeMs;
  for (const entry of readdirSync(path)) latest = Math.max(latest, newest(join(path, entry)));
  return latest;
}
