// The core's speed, as docs/benchmarks.md records it: a typical inquiry (the dev corpus's 38,
// each graded many times), and one mail whose body is 1, 2 and 4 MB of inquiry text (linear
// means the time per megabyte holds). Wall time and the process's CPU time are both printed:
// on a shared machine the CPU time is the steadier of the two. Run: npm run bench:speed
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { caseMessage, corpusCaseSchema } from '../src/cli/corpus-case.ts';
import { gradeMail } from '../src/core/grade.ts';
import { detectLanguage } from '../src/core/language.ts';
import type { MailMessage } from '../src/core/message.ts';
import { splitQuoted } from '../src/core/text/split-mail.ts';

const MB = 1024 * 1024;
const corpus = new URL('../../shared/corpus/inquiries.dev.jsonl', import.meta.url);
const cases = readFileSync(corpus, 'utf8')
  .trim()
  .split('\n')
  .map((line) => corpusCaseSchema.parse(JSON.parse(line)));
const mails = cases.map((entry) => ({ message: caseMessage(entry), context: entry.context }));

type Timing = { wallMs: number; cpuMs: number };

function timed(run: () => void): Timing {
  const cpu = process.cpuUsage();
  const start = performance.now();
  run();
  const used = process.cpuUsage(cpu);
  return { wallMs: performance.now() - start, cpuMs: (used.user + used.system) / 1000 };
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

function typicalInquiry(): string {
  const rounds = 200;
  const grade = () => {
    for (const mail of mails) gradeMail(mail.message, { context: mail.context });
  };
  const language = () => {
    for (const mail of mails) detectLanguage(mail.message.bodyText);
  };

  grade();
  const grading = Array.from({ length: 5 }, () => timed(() => repeat(grade, rounds / 5)));
  const detecting = Array.from({ length: 5 }, () => timed(() => repeat(language, rounds / 5)));
  const per = (timings: Timing[], key: keyof Timing) =>
    (median(timings.map((t) => t[key])) / ((rounds / 5) * mails.length)).toFixed(3);

  return [
    `typical inquiry (${mails.length} dev inquiries x ${rounds}): ${per(grading, 'wallMs')} ms wall, ${per(grading, 'cpuMs')} ms CPU per mail`,
    `  of which language detection (franc): ${per(detecting, 'wallMs')} ms wall, ${per(detecting, 'cpuMs')} ms CPU`,
  ].join('\n');
}

function repeat(run: () => void, times: number): void {
  for (let i = 0; i < times; i += 1) run();
}

// A body of real inquiry text (signatures, links and all) repeated to the size wanted. Quoted
// history is left out: the grader reads only the buyer's words above the first quote.
function bigMail(bytes: number): MailMessage {
  const text = mails.map((mail) => splitQuoted(mail.message.bodyText).text).join('\n\n');
  const body = text.repeat(Math.ceil(bytes / text.length)).slice(0, bytes);
  return { ...(mails[1]?.message as MailMessage), bodyText: body };
}

function bigBodies(): string {
  gradeMail(bigMail(MB / 4));
  const rows = [1, 2, 4].map((size) => {
    const mail = bigMail(size * MB);
    const runs = Array.from({ length: 5 }, () => timed(() => gradeMail(mail)));
    const wall = median(runs.map((t) => t.wallMs));
    const cpu = median(runs.map((t) => t.cpuMs));
    return `  ${size} MB: ${wall.toFixed(1)} ms wall (${(wall / size).toFixed(1)} ms/MB), ${cpu.toFixed(1)} ms CPU`;
  });
  return ['one mail with a large body (median of 5):', ...rows].join('\n');
}

const before = loadavg()[0] ?? 0;
const lines = [typicalInquiry(), bigBodies()];
process.stdout.write(
  `${lines.join('\n')}\nload average (1 min): ${before.toFixed(2)} before, ${(loadavg()[0] ?? 0).toFixed(2)} after\n`,
);
