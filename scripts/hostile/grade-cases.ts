import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { renderGmailPage, threadIdFor, threadUrl } from '../../demo/gmail-page.ts';
import { readGmail } from '../../src/adapters/gmail/read-gmail.ts';
import { toMailMessage } from '../../src/adapters/to-mail-message.ts';
import { parseRawMail } from '../../src/cli/raw-mail.ts';
import { gradeMail } from '../../src/core/grade.ts';
import type { MailMessage } from '../../src/core/message.ts';
import { HOSTILE_DIR, type IndexEntry, readHostileIndex } from './fixtures.ts';

// Run as a child process by tests/hostile-mail.test.ts, so a case that hangs can be killed
// and named: for each case in tests/fixtures/hostile/ (or those named on the command line),
// one JSON line when it starts and one when it ends, with the stage that threw if one did.
//
//   raw     parseRawMail on the .eml, then gradeMail                    (CLI, corpus)
//   page    the message drawn as the demo's Gmail page, read by the extension's Gmail
//           reader in happy-dom, turned into a message and graded      (content script, worker)
//           (cases up to 2 MB)

type Stage = 'parse' | 'grade' | 'render' | 'read' | 'page-grade';

const emit = (line: object) => process.stdout.write(`${JSON.stringify(line)}\n`);

function gradeSummary(message: MailMessage) {
  const grade = gradeMail(message, {});
  return grade.kind === 'inquiry' ? `inquiry ${grade.class}` : grade.kind;
}

// The demo's page builder and happy-dom take minutes over a 5 MB page; the browser test runs
// the real reader on it in Chromium instead.
const PAGE_LIMIT_BYTES = 2 * 1024 * 1024;

async function runCase({ name, file, bytes }: IndexEntry): Promise<void> {
  const started = performance.now();
  const timings: Partial<Record<Stage, number>> = {};
  let stage: Stage = 'parse';
  const timed = async <T>(next: Stage, work: () => T | Promise<T>): Promise<T> => {
    stage = next;
    const from = performance.now();
    const result = await work();
    timings[next] = Math.round(performance.now() - from);
    return result;
  };

  emit({ event: 'start', name });
  try {
    const raw = readFileSync(join(HOSTILE_DIR, file));
    const message = await timed('parse', () => parseRawMail(raw));
    const rawGrade = await timed('grade', () => gradeSummary(message));
    if (bytes > PAGE_LIMIT_BYTES) {
      const ms = Math.round(performance.now() - started);
      emit({ event: 'done', name, ms, timings, rawGrade, pageGrade: null });
      return;
    }

    const id = threadIdFor(name);
    const html = await timed('render', () =>
      renderGmailPage([{ id, messages: [message] }], { openThreadId: id }),
    );
    const reading = await timed('read', async () => {
      const window = new Window({ url: threadUrl(id) });
      try {
        const document = new window.DOMParser().parseFromString(html, 'text/html');
        return readGmail(document as unknown as Document, threadUrl(id));
      } finally {
        await window.happyDOM.close();
      }
    });
    const pageMessage = toMailMessage(reading);
    const pageGrade = await timed('page-grade', () =>
      pageMessage ? gradeSummary(pageMessage) : `unreadable (${reading.status})`,
    );

    emit({
      event: 'done',
      name,
      ms: Math.round(performance.now() - started),
      timings,
      rawGrade,
      pageGrade,
      readStatus: reading.status,
    });
  } catch (error) {
    emit({
      event: 'error',
      name,
      stage,
      ms: Math.round(performance.now() - started),
      error: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
      stack: error instanceof Error ? error.stack?.split('\n').slice(0, 8).join('\n') : undefined,
    });
  }
}

const only = new Set(process.argv.slice(2));
for (const entry of readHostileIndex()) {
  if (only.size === 0 || only.has(entry.name)) await runCase(entry);
}
emit({ event: 'end' });
