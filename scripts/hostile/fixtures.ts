import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fileNameOf, type HostileCase, hostileCases } from './cases.ts';

// tests/fixtures/hostile/: one .eml per case and index.json describing them. Small cases are
// committed so a person can read them or run `npx inquiry-triage classify` on the folder;
// the large ones (*.large.eml, gitignored there) are written again whenever they are missing.

export const HOSTILE_DIR = fileURLToPath(new URL('../../tests/fixtures/hostile', import.meta.url));
export const INDEX_FILE = 'index.json';

export type IndexEntry = {
  name: string;
  file: string;
  about: string;
  bytes: number;
  sha256: string;
  large: boolean;
  subject: string | null;
};

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

export function indexOf(cases: readonly HostileCase[]): IndexEntry[] {
  return cases.map((entry) => ({
    name: entry.name,
    file: fileNameOf(entry),
    about: entry.about,
    bytes: entry.raw.byteLength,
    sha256: sha256(entry.raw),
    large: entry.large ?? false,
    subject: entry.subject ?? null,
  }));
}

const indexText = (cases: readonly HostileCase[]) => `${JSON.stringify(indexOf(cases), null, 2)}\n`;

// Writes every case (or only the missing ones) and the index. Returns the files written.
export function writeHostileFixtures(options: { onlyMissing?: boolean } = {}): string[] {
  const cases = hostileCases();
  mkdirSync(HOSTILE_DIR, { recursive: true });
  const written: string[] = [];
  for (const entry of cases) {
    const path = join(HOSTILE_DIR, fileNameOf(entry));
    if (options.onlyMissing && existsSync(path)) continue;
    writeFileSync(path, entry.raw);
    written.push(fileNameOf(entry));
  }
  // A case renamed or moved between small and large leaves its old file behind.
  if (!options.onlyMissing) {
    for (const file of leftovers(cases)) rmSync(join(HOSTILE_DIR, file));
  }
  const indexPath = join(HOSTILE_DIR, INDEX_FILE);
  if (!options.onlyMissing || !existsSync(indexPath)) {
    writeFileSync(indexPath, indexText(cases));
    written.push(INDEX_FILE);
  }
  return written;
}

function leftovers(cases: readonly HostileCase[]): string[] {
  const made = new Set(cases.map(fileNameOf));
  return readdirSync(HOSTILE_DIR).filter((file) => file.endsWith('.eml') && !made.has(file));
}

// Files on disk that differ from what the generator makes now (hand edits, a stale set,
// files no case makes any more).
export function staleHostileFixtures(): string[] {
  const cases = hostileCases();
  const stale: string[] = [];
  for (const entry of cases) {
    const path = join(HOSTILE_DIR, fileNameOf(entry));
    if (!existsSync(path) || sha256(readFileSync(path)) !== sha256(entry.raw)) {
      stale.push(fileNameOf(entry));
    }
  }
  stale.push(...leftovers(cases));
  const indexPath = join(HOSTILE_DIR, INDEX_FILE);
  if (!existsSync(indexPath) || readFileSync(indexPath, 'utf8') !== indexText(cases)) {
    stale.push(INDEX_FILE);
  }
  return stale;
}

export function readHostileIndex(): IndexEntry[] {
  return JSON.parse(readFileSync(join(HOSTILE_DIR, INDEX_FILE), 'utf8'));
}
