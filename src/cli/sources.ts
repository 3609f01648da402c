import { createReadStream, readdirSync, readFileSync, type Stats, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { mboxReader } from 'mbox-reader';
import type { MailContext, MailMessage } from '../core/message.ts';
import { type CorpusCase, caseMessage, corpusCaseSchema, type Expected } from './corpus-case.ts';
import { parseRawMail } from './raw-mail.ts';

// Paths on the command line become graded items. Files are recognised by what they hold, not
// by their names: a case file, an mbox, or a single RFC 822 message.

export type MailItem = {
  id: string;
  message: MailMessage;
  context?: Partial<MailContext>;
  expected?: Expected;
};

export type Problem = (file: string, reason: string) => void;

type Format = 'cases' | 'mbox' | 'message' | 'unknown';

const HEADER_LINE = /^[!-9;-~]+:[ \t]/;
const MBOX_FROM = /^From \S+/;

export async function* readPaths(paths: string[], problem: Problem): AsyncGenerator<MailItem> {
  for (const file of await expandPaths(paths, problem)) yield* readFileItems(file, problem);
}

export async function expandPaths(paths: string[], problem: Problem): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) files.push(...(await expand(path, problem)));
  return files;
}

async function expand(path: string, problem: Problem): Promise<string[]> {
  // Synchronous on purpose here and below: the files are read one after another anyway, and
  // for thousands of small mails the thread-pool round trip of each async call costs more
  // than the read (a fifth of the SpamAssassin run was spent waiting on it).
  const info = statOf(path);
  if (!info) {
    problem(path, 'no such file or folder');
    return [];
  }
  if (info.isFile()) return [path];

  const entries = readdirSync(path, { withFileTypes: true });
  const nested = await Promise.all(
    entries
      .filter((entry) => !entry.name.startsWith('.'))
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((entry) => expand(join(path, entry.name), problem)),
  );
  return nested.flat();
}

export async function* readFileItems(file: string, problem: Problem): AsyncGenerator<MailItem> {
  const bytes = readBytes(file);
  if (!bytes) return problem(file, 'cannot be read');

  const format = sniff(bytes);
  try {
    if (format === 'cases') yield* caseItems(file, bytes.toString('utf8'), problem);
    else if (format === 'mbox' && isSingleMessageMbox(bytes))
      yield { id: basename(file), message: await parseRawMail(afterFromLine(bytes)) };
    else if (format === 'mbox') yield* mboxItems(file, problem);
    else if (format === 'message') yield { id: basename(file), message: await parseRawMail(bytes) };
    else problem(file, 'not a case file, an mbox or a mail message');
  } catch (error) {
    problem(file, error instanceof Error ? error.message : String(error));
  }
}

export function sniff(bytes: Buffer): Format {
  const head = bytes
    .subarray(0, 4096)
    .toString('latin1')
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (head.startsWith('{')) return 'cases';
  if (MBOX_FROM.test(head) && /\n[!-9;-~]+:[ \t]/.test(head)) return 'mbox';

  const firstLines = head.split(/\r?\n/, 3).filter((line) => line.length > 0);
  return firstLines.length > 0 &&
    firstLines.every((line) => HEADER_LINE.test(line) || /^[ \t]/.test(line))
    ? 'message'
    : 'unknown';
}

// A file with one "From " separator is one message with an envelope line (as saved by many
// tools); reading it directly skips the mbox reader's line-by-line scan.
function isSingleMessageMbox(bytes: Buffer): boolean {
  return bytes.indexOf('\nFrom ', 0, 'latin1') < 0;
}

function afterFromLine(bytes: Buffer): Buffer {
  const end = bytes.indexOf(0x0a);
  return end < 0 ? Buffer.alloc(0) : bytes.subarray(end + 1);
}

function* caseItems(file: string, text: string, problem: Problem): Generator<MailItem> {
  const lines = text.split(/\r?\n/);

  for (const [index, line] of lines.entries()) {
    if (!line.trim()) continue;
    const entry = parseCase(line);
    if (!entry) {
      problem(`${file}:${index + 1}`, 'not a valid case');
      continue;
    }

    yield {
      id: entry.id,
      message: caseMessage(entry),
      context: entry.context,
      expected: entry.expected,
    };
  }
}

function parseCase(line: string): CorpusCase | null {
  try {
    const parsed = corpusCaseSchema.safeParse(JSON.parse(line));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

async function* mboxItems(file: string, problem: Problem): AsyncGenerator<MailItem> {
  const messages: Buffer[] = [];
  for await (const entry of mboxReader(createReadStream(file))) messages.push(entry.content);

  const name = basename(file);
  for (const [index, content] of messages.entries()) {
    const id = messages.length === 1 ? name : `${name}#${index + 1}`;
    try {
      yield { id, message: await parseRawMail(content) };
    } catch (error) {
      problem(id, error instanceof Error ? error.message : String(error));
    }
  }
}

function readBytes(file: string): Buffer | null {
  try {
    return readFileSync(file);
  } catch {
    return null;
  }
}

function statOf(path: string): Stats | null {
  try {
    return statSync(path, { throwIfNoEntry: false }) ?? null;
  } catch {
    return null;
  }
}
