import type { PageReading } from '../adapters/page-reading.ts';
import type { PageRead } from '../messages/content-to-background.ts';
import { readerStats } from './reader-stats.ts';
import { after, debounce } from './timers.ts';

export type FollowOptions = {
  document: Document;
  url: string;
  read: (document: Document, url: string) => PageReading;
  toPageRead: (reading: PageReading, url: string) => PageRead;
  send: (pageRead: PageRead) => void;
  onError: (error: unknown) => void;
  now: () => number;
  // The region that holds the open message, most specific first: the one observer watches
  // the first that exists. Gmail's main region by default.
  regions?: readonly string[];
};

const MAIN_REGION = '[role="main"]';
const DEBOUNCE_MS = 250;
const MAIN_POLL_MS = 500;
// Gmail mounts a message's body after its header; only after this long does a page that
// still reads as unreadable get reported as such (mail-clients.md §2.5).
const UNREADABLE_AFTER_MS = 3000;
// Gmail may take this long to show its main region at all (InboxSDK waits as long).
const MAIN_GIVE_UP_MS = 15_000;

// A reader that throws on a page it does not know is a page it could not read: the panel
// says so instead of keeping the previous message.
function readPage(options: FollowOptions): PageRead {
  const started = performance.now();
  try {
    return options.toPageRead(options.read(options.document, options.url), options.url);
  } catch (error) {
    options.onError(error);
    return {
      type: 'page-read',
      url: options.url,
      reading: { status: 'unreadable', failed: ['reader'] },
    };
  } finally {
    readerStats.reads += 1;
    readerStats.readMs += performance.now() - started;
  }
}

// Follows one open message for as long as its route lasts: reads it once the page settles,
// again whenever Gmail redraws the main region, and sends only what changed.
export function followOpenMessage(options: FollowOptions, signal: AbortSignal): void {
  const startedAt = options.now();
  let lastSent: string | undefined;
  let sentReadable = false;

  const attempt = () => {
    const pageRead = readPage(options);
    const unreadable = pageRead.reading.status === 'unreadable';

    // A redraw of a message already read is not a new unreadable message.
    if (unreadable && sentReadable) {
      return;
    }

    const waited = options.now() - startedAt;
    if (unreadable && waited < UNREADABLE_AFTER_MS) {
      after(UNREADABLE_AFTER_MS - waited, attempt, signal);
      return;
    }

    const serialized = JSON.stringify(pageRead);
    if (serialized !== lastSent) {
      lastSent = serialized;
      sentReadable ||= !unreadable;
      readerStats.sends += 1;
      readerStats.sentAt = Date.now();
      options.send(pageRead);
    }
  };

  const scheduleAttempt = debounce(DEBOUNCE_MS, attempt, signal);
  observeMainRegion(options, scheduleAttempt, signal);
  scheduleAttempt();
}

const EDITOR = '[contenteditable=""], [contenteditable="true"], [contenteditable="plaintext-only"]';

// The user typing an inline reply changes the main region at every key, never the message.
function isOutsideEditor(record: MutationRecord): boolean {
  const target = record.target;
  const element =
    target.nodeType === Node.ELEMENT_NODE ? (target as Element) : target.parentElement;
  return !element?.closest(EDITOR);
}

// One observer, on the client's main region only: the list, the chat and the compose windows
// elsewhere on the page change all the time and never change the open message. It watches
// the whole subtree (mail-clients.md §5.3 budgets less) because both clients mount a
// message's body deep inside, after its header; the debounce and the compare-before-send
// keep it cheap (docs/benchmarks.md, "What the reader costs the page").
function observeMainRegion(options: FollowOptions, onChange: () => void, signal: AbortSignal) {
  const startedAt = options.now();
  const regions = options.regions ?? [MAIN_REGION];

  const attach = () => {
    const main = regions
      .map((selector) => options.document.querySelector(selector))
      .find((element) => element !== null);
    if (!main) {
      if (options.now() - startedAt < MAIN_GIVE_UP_MS) {
        after(MAIN_POLL_MS, attach, signal);
      }

      return;
    }

    const observer = new MutationObserver((records) => {
      readerStats.observerCallbacks += 1;
      readerStats.mutationRecords += records.length;
      if (records.some(isOutsideEditor)) {
        onChange();
      }
    });
    observer.observe(main, { childList: true, subtree: true });
    signal.addEventListener('abort', () => observer.disconnect(), { once: true });
    onChange();
  };

  attach();
}
