import { Window } from 'happy-dom';
import type { PageReading } from '../adapters/page-reading.ts';
import { pageReaderFor, readPageForUrl } from '../adapters/read-page-for-url.ts';

// `inquiry-triage read-page FILE.html --url URL [--json]`: the extension's page reader run
// offline on a saved page, so a user whose mail client changed can see which probe failed.

export type ReadPageIo = {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  readFile: (p: string) => Promise<string>;
};

type Reader = (document: Document, url: string) => PageReading | null;
type Options = { file: string; url: URL; json: boolean };

const USAGE = 'usage: inquiry-triage read-page FILE.html --url URL [--json]';
const NO_READER = 'no page reader for';
const KNOWN_HOSTS =
  'Gmail: mail.google.com; Outlook: outlook.office.com, outlook.office365.com, outlook.live.com, outlook.cloud.microsoft';

export async function readPageCommand(args: string[], io: ReadPageIo): Promise<number> {
  const options = parseArgs(args);
  if (typeof options === 'string') {
    io.stderr(`${options}\n${USAGE}\n`);
    return 2;
  }

  if (!pageReaderFor(options.url.href)) {
    io.stderr(`${NO_READER} ${options.url.hostname} (${KNOWN_HOSTS})\n`);
    return 2;
  }

  let html: string;
  try {
    html = await io.readFile(options.file);
  } catch (error) {
    io.stderr(`cannot read ${options.file}: ${error instanceof Error ? error.message : error}\n`);
    return 1;
  }

  const reading = await readSavedPage(html, options.url.href, readPageForUrl);
  if (!reading) {
    io.stderr(`${NO_READER} ${options.url.hostname}\n`);
    return 2;
  }

  io.stdout(options.json ? `${JSON.stringify(reading, null, 2)}\n` : summary(reading));
  return reading.status === 'unreadable' ? 1 : 0;
}

function parseArgs(args: string[]): Options | string {
  const files: string[] = [];
  let url: string | null = null;
  let json = false;

  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? '';
    if (arg === '--json') json = true;
    else if (arg === '--url') url = args[++i] ?? null;
    else if (arg.startsWith('--url=')) url = arg.slice('--url='.length);
    else if (arg.startsWith('-')) return `unknown option ${arg}`;
    else files.push(arg);
  }

  const [file, extra] = files;
  if (!file || extra !== undefined) return 'give exactly one saved page (FILE.html)';
  if (!url) return 'give the page address with --url';
  if (!URL.canParse(url)) return `not an address: ${url}`;

  return { file, url: new URL(url), json };
}

// The saved page is mail the user received: hostile. Nothing in it runs or is fetched.
export async function readSavedPage(
  html: string,
  url: string,
  reader: Reader,
): Promise<PageReading | null> {
  const window = new Window({
    url,
    settings: {
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableComputedStyleRendering: true,
      handleDisabledFileLoadingAsSuccess: true,
      navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true },
    },
  });

  try {
    const document = new window.DOMParser().parseFromString(html, 'text/html');
    return reader(document as unknown as Document, url);
  } finally {
    await window.happyDOM.close();
  }
}

function summary(reading: PageReading): string {
  const lines = [`status: ${reading.status}`];
  if (reading.status === 'unreadable') lines.push('Could not read this message.');
  if (reading.failed.length > 0) lines.push(`missing: ${reading.failed.join(', ')}`);

  const { thread, openMessage: open, compose } = reading;
  if (thread) {
    lines.push(
      `thread: ${thread.id ?? '-'} (legacy ${thread.legacyId ?? '-'}), ${thread.messageCount} message(s)`,
    );
    lines.push(`subject: ${thread.subject ?? '-'}`);
  }

  if (open) {
    lines.push(
      `open message #${open.index}: ${open.id ?? '-'} from ${person(open.from)}, ${open.date ?? '-'}`,
    );
    lines.push(`attachments: ${open.attachments.join(', ') || '-'}; links: ${open.links.length}`);
    lines.push('', open.bodyText, '');
  }

  if (compose)
    lines.push(`compose: ${compose.kind} ${compose.editor} draft ${compose.draftId ?? '-'}`);
  const tiers = Object.entries(reading.tiers).map(([key, tier]) => `${key}=${tier}`);
  lines.push(`tiers: ${tiers.join(' ')}`);

  return `${lines.join('\n')}\n`;
}

function person(from: { name: string | null; email: string | null }): string {
  return from.email ? `${from.name ?? ''} <${from.email}>`.trim() : (from.name ?? '-');
}
