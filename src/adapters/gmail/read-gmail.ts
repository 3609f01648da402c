import type { PageHandles, PageReading } from '../page-reading.ts';
import { ProbeLog } from '../probe.ts';
import { readCompose } from './read-compose.ts';
import type { MessageItem } from './read-items.ts';
import { pickOpen, scanItem } from './read-items.ts';
import { readOpenMessage } from './read-message.ts';
import type { ThreadScan } from './read-thread.ts';
import { scanThread } from './read-thread.ts';

// Gmail's open message as plain data. Pure and synchronous: no waiting, no clicking, no
// guessing. When identity or body cannot be established the answer is "unreadable" with the
// probes that failed, never the nearest plausible text (mail-clients.md §5.1).

const NO_HANDLES: PageHandles = { composeRoot: null, editor: null, insertBefore: null };

const OPEN_MESSAGE_PROBES = [
  'openMessage.root',
  'openMessage.id',
  'openMessage.body',
  'openMessage.from',
] as const;

export function readGmail(document: Document, url: string): PageReading {
  return readGmailWithHandles(document, url).reading;
}

// The same reading plus live elements for an inserter; handles never enter the reading.
export function readGmailWithHandles(
  document: Document,
  url: string,
): { reading: PageReading; handles: PageHandles } {
  const log = new ProbeLog();
  const thread = scanThread(document, log);
  if (!thread) log.record('thread.id', null);

  const items = thread ? thread.items.map(scanItem) : [];
  const open = pickOpen(document, items);
  recordOpenMessage(log, open);
  const openMessage = open ? readOpenMessage(open, log) : null;
  if (!thread || !open || !openMessage || log.failed.length > 0) {
    return { reading: unreadable(url, log, thread), handles: NO_HANDLES };
  }

  const compose = readCompose(document, [open.item, thread.root], thread.id);
  const reading: PageReading = {
    client: 'gmail',
    url,
    status: log.degraded ? 'degraded' : 'ok',
    failed: log.failed,
    tiers: log.tiers,
    thread: {
      id: thread.id,
      legacyId: thread.legacyId,
      subject: thread.subject,
      messageCount: items.length,
    },
    openMessage,
    messages: items.map(({ summary }) => summary),
    compose: compose?.reading ?? null,
  };

  return { reading, handles: compose?.handles ?? NO_HANDLES };
}

function recordOpenMessage(log: ProbeLog, open: MessageItem | null): void {
  if (!open) {
    for (const key of OPEN_MESSAGE_PROBES) log.record(key, null);
    return;
  }

  const hasId = open.summary.id !== null || open.summary.legacyId !== null;
  log.record('openMessage.root', open.root);
  log.record('openMessage.id', hasId ? open.root : null);
  log.record('openMessage.body', open.body);
  log.record('openMessage.from', open.summary.from?.email ? open.sender : null);
}

function unreadable(url: string, log: ProbeLog, thread: ThreadScan | null): PageReading {
  const id = thread?.id ?? thread?.legacyId;

  return {
    client: 'gmail',
    url,
    status: 'unreadable',
    failed: log.failed,
    tiers: log.tiers,
    ...(id ? { partial: { 'thread.id': id } } : {}),
    thread: null,
    openMessage: null,
    messages: [],
    compose: null,
  };
}
