import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { gradeMail } from '../core/grade.ts';
import { evaluationReport, type Labelled } from './evaluate.ts';
import { type JsonLine, tableHeader, tableRow, toJsonLine } from './output.ts';
import { type MailItem, type Problem, readPaths } from './sources.ts';

// Exit codes (issue 2): 0 when at least one message was graded, 1 when none could be,
// 2 on wrong usage.

export type Io = { stdout: (text: string) => void; stderr: (text: string) => void };

const USAGE = `usage:
  inquiry-triage classify [--json] [--eval] PATH...   grade case files (.jsonl), mail files, mbox files, folders
  inquiry-triage read-page FILE.html --url URL [--json]   read a saved Gmail page as the extension would`;

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

  const { json, eval: evaluate } = parsed.values;
  const lines: JsonLine[] = [];
  const labelled: Labelled[] = [];
  let graded = 0;
  const problem = (file: string, reason: string) => io.stderr(`skipped ${file}: ${reason}`);

  for await (const item of readPaths(parsed.positionals, problem)) {
    const line = gradeItem(item, problem);
    if (!line) continue;

    graded += 1;
    if (json) io.stdout(JSON.stringify(line));
    else lines.push(line);
    if (item.expected) labelled.push({ line, expected: item.expected });
  }

  if (!json) printTable(lines, io);
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

function gradeItem(item: MailItem, problem: Problem): JsonLine | null {
  try {
    return toJsonLine(item.id, gradeMail(item.message, { context: item.context }));
  } catch (error) {
    problem(
      item.id,
      `could not be graded: ${error instanceof Error ? error.message : String(error)}`,
    );
    return null;
  }
}

function printTable(lines: JsonLine[], io: Io): void {
  const idWidth = Math.min(40, Math.max(4, ...lines.map((line) => line.id.length)));
  io.stdout(tableHeader(idWidth));
  for (const line of lines) io.stdout(tableRow(line, idWidth));
}
