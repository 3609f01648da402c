import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { evaluationReport, type Labelled } from './evaluate.ts';
import { gradeFile } from './grade-file.ts';
import { useJoiningBlob } from './joining-blob.ts';
import { type JsonLine, tableHeader, tableRow } from './output.ts';
import { expandPaths } from './sources.ts';

// Exit codes (issue 2): 0 when at least one message was graded, 1 when none could be,
// 2 on wrong usage.

export type Io = { stdout: (text: string) => void; stderr: (text: string) => void };

const USAGE = `usage:
  inquiry-triage classify [--json] [--eval] PATH...   grade case files (.jsonl), mail files, mbox files, folders
  inquiry-triage read-page FILE.html --url URL [--json]   read a saved Gmail or Outlook page as the extension would`;

export async function main(argv: string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  if (command === 'classify') return classify(rest, io);
  if (command === 'read-page') {
    // Loaded on demand: the page reader brings a whole DOM that classify does not need.
    const { readPageCommand } = await import('./read-page.ts');
    return readPageCommand(rest, { ...io, readFile: (path) => readFile(path, 'utf8') });
  }
  if (command === '--help' || command === '-h' || command === 'help') {
    io.stdout(USAGE);
    return 0;
  }

  io.stderr(USAGE);
  return 2;
}

async function classify(args: string[], io: Io): Promise<number> {
  let parsed: ReturnType<typeof parseClassifyArgs>;
  try {
    parsed = parseClassifyArgs(args);
  } catch (error) {
    io.stderr(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  if (parsed.positionals.length === 0) {
    io.stderr(`classify needs at least one PATH\n${USAGE}`);
    return 2;
  }

  useJoiningBlob();
  const { json, eval: evaluate } = parsed.values;
  const lines: JsonLine[] = [];
  const labelled: Labelled[] = [];
  let graded = 0;
  const problem = (file: string, reason: string) => io.stderr(`skipped ${file}: ${reason}`);

  const files = await expandPaths(parsed.positionals, problem);
  for (const file of files) {
    const result = await gradeFile(file);
    for (const [where, reason] of result.problems) problem(where, reason);
    for (const { line, expected } of result.items) {
      graded += 1;
      if (json) io.stdout(JSON.stringify(line));
      else lines.push(line);
      if (expected) labelled.push({ line, expected });
    }
  }

  if (!json && lines.length > 0) printTable(lines, io);
  // With --json, stdout holds the JSON lines only; the report goes to stderr.
  const report = json ? io.stderr : io.stdout;
  if (evaluate) for (const row of evaluationReport(labelled)) report(row);
  if (graded > 0) return 0;

  io.stderr('no message could be graded');
  return 1;
}

function parseClassifyArgs(args: string[]) {
  return parseArgs({
    args,
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      eval: { type: 'boolean', default: false },
    },
  });
}

function printTable(lines: JsonLine[], io: Io): void {
  const idWidth = Math.min(40, Math.max(4, ...lines.map((line) => line.id.length)));
  io.stdout(tableHeader(idWidth));
  for (const line of lines) io.stdout(tableRow(line, idWidth));
}
