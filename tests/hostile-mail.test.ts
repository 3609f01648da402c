import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  type IndexEntry,
  readHostileIndex,
  staleHostileFixtures,
  writeHostileFixtures,
} from '../scripts/hostile/fixtures.ts';

// Hostile mail (tests/fixtures/hostile/, made by scripts/make-hostile-fixtures.ts) through the
// raw reader and the scorer, and, for all but the 5 MB cases, through the demo's Gmail page
// and the extension's Gmail reader: nothing throws and everything finishes. The work runs in
// a child process (scripts/hostile/grade-cases.ts) so a case that hangs is killed and named
// instead of hanging the suite. The time limits are guards against hangs, not benchmarks.

const root = fileURLToPath(new URL('..', import.meta.url));
const SCRIPT = fileURLToPath(new URL('../scripts/hostile/grade-cases.ts', import.meta.url));

const SMALL_LIMIT_MS = 60_000;
const LARGE_LIMIT_MS = 240_000;

type Outcome =
  | { event: 'done'; name: string; ms: number; rawGrade: string; pageGrade: string | null }
  | { event: 'error'; name: string; stage: string; ms: number; error: string; stack?: string }
  | { event: 'hung'; name: string; ms: number };

type Line = { event: string; name?: string } & Record<string, unknown>;

// Runs the given cases in one child; resolves with each case's outcome, killing the child when
// one case outlives its limit (later cases are then run by the caller in a new child).
function runChild(entries: readonly IndexEntry[]): Promise<Map<string, Outcome>> {
  return new Promise((resolve, reject) => {
    const outcomes = new Map<string, Outcome>();
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', SCRIPT, ...entries.map((entry) => entry.name)],
      { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stderr = '';
    let buffered = '';
    let watchdog: NodeJS.Timeout | undefined;
    let current: { name: string; since: number } | null = null;

    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      buffered += chunk;
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const text of lines.filter((line) => line.trim())) {
        const line = JSON.parse(text) as Line;
        clearTimeout(watchdog);
        if (line.event === 'start' && line.name) {
          const entry = entries.find((candidate) => candidate.name === line.name);
          const limit = entry?.large ? LARGE_LIMIT_MS : SMALL_LIMIT_MS;
          current = { name: line.name, since: Date.now() };
          const hung = current;
          watchdog = setTimeout(() => {
            outcomes.set(hung.name, {
              event: 'hung',
              name: hung.name,
              ms: Date.now() - hung.since,
            });
            child.kill('SIGKILL');
          }, limit);
        } else if (line.name) {
          outcomes.set(line.name, line as unknown as Outcome);
          current = null;
        }
      }
    });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(watchdog);
      if (current && !outcomes.has(current.name)) {
        outcomes.set(current.name, {
          event: 'error',
          name: current.name,
          stage: 'process',
          ms: Date.now() - current.since,
          error: `the child exited (${signal ?? code}) mid-case: ${stderr.slice(-2000)}`,
        });
      }
      if (outcomes.size === 0 && code !== 0) {
        reject(new Error(`grade-cases.ts failed (${code}): ${stderr}`));
        return;
      }
      resolve(outcomes);
    });
  });
}

async function runAll(entries: readonly IndexEntry[]): Promise<Map<string, Outcome>> {
  const outcomes = new Map<string, Outcome>();
  let left = [...entries];
  while (left.length > 0) {
    const batch = await runChild(left);
    for (const [name, outcome] of batch) outcomes.set(name, outcome);
    const next = left.filter((entry) => !outcomes.has(entry.name));
    // A child that ran nothing would loop forever; name what it left.
    if (next.length === left.length) {
      for (const entry of next) {
        outcomes.set(entry.name, {
          event: 'error',
          name: entry.name,
          stage: 'process',
          ms: 0,
          error: 'not run',
        });
      }
      break;
    }
    left = next;
  }
  return outcomes;
}

const describeOutcome = (outcome: Outcome | undefined) => {
  if (!outcome) return 'no outcome';
  if (outcome.event === 'done') return `done in ${outcome.ms} ms (${outcome.rawGrade})`;
  if (outcome.event === 'hung') return `still running after ${outcome.ms} ms: killed`;
  return `threw at ${outcome.stage}: ${outcome.error}\n${outcome.stack ?? ''}`;
};

// Large cases are gitignored and written again here when missing (a fresh clone, CI).
writeHostileFixtures({ onlyMissing: true });
const index = readHostileIndex();

describe('hostile mail through the reader and the scorer', () => {
  let outcomes: Map<string, Outcome>;

  beforeAll(async () => {
    outcomes = await runAll(index);
  }, 15 * 60_000);

  it('is the set the generator makes (no hand edits, nothing stale)', () => {
    expect(staleHostileFixtures()).toEqual([]);
  });

  it('covers every kind of attack the issue names', () => {
    const names = index.map((entry) => entry.name);
    for (const expected of [
      'script-tags',
      'event-handlers',
      'javascript-links',
      'data-links',
      'css-tricks',
      'homoglyph-domains',
      'rtl-override',
      'huge-body',
      'deep-html-nesting',
      'deep-mime-nesting',
      'broken-boundaries',
      'bad-encodings',
    ]) {
      expect(names).toContain(expected);
    }
    const huge = index.find((entry) => entry.name === 'huge-body');
    expect(huge?.bytes).toBeGreaterThanOrEqual(5 * 1024 * 1024);
  });

  for (const entry of index) {
    it(`${entry.name}: ${entry.about}: never throws, finishes`, () => {
      const outcome = outcomes.get(entry.name);
      expect(outcome?.event, describeOutcome(outcome)).toBe('done');
    });
  }
});
