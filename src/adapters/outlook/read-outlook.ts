import type { PageHandles, PageReading } from '../page-reading.ts';
import { ProbeLog } from '../probe.ts';
import type { OpenChoice } from './pick-open.ts';
import { pickOpen } from './pick-open.ts';
import { scanCard } from './read-card.ts';
import { readCompose } from './read-compose.ts';
import type { ConversationScan } from './read-conversation.ts';
import { scanConversation } from './read-conversation.ts';
import { readOpenMessage } from './read-message.ts';

// Outlook on the web's open message as plain data. Pure and synchronous: no waiting, no
// clicking, no guessing. When identity, the open card or its body cannot be established the
// answer is "unreadable" with the probes that failed (mail-clients.md §5.1 rule 4).

const NO_HANDLES: PageHandles = { composeRoot: null, editor: null, insertBefore: null };

const OPEN_MESSAGE_PROBES = ['openMessage.root', 'openMessage.body', 'openMessage.from'] as const;

export function readOutlook(document: Document, url: string): PageReading {
  return readOutlookWithHandles(document, url).reading;
}

// The same reading plus live elements for an inserter; handles never enter the reading.
export function readOutlookWithHandles(
  document: Document,
  url: string,
): { reading: PageReading; handles: PageHandles } {
  const log = new ProbeLog();
  const conversation = scanConversation(document, url, log);
  const cards = conversation.cards.map(scanCard);
  const choice = pickOpen(cards);
  recordOpenMessage(log, choice, conversation);

  const open = choice.open;
  const openMessage = open ? readOpenMessage(open, log) : null;
  const { pane, scope, id } = conversation;
  if (!pane || !scope || !id || !openMessage || log.failed.length > 0) {
    return { reading: unreadable(url, log, id), handles: NO_HANDLES };
  }

  const compose = readCompose(pane, scope, conversation.cards);
  const reading: PageReading = {
    client: 'outlook',
    url,
    status: log.degraded ? 'degraded' : 'ok',
    failed: log.failed,
    tiers: log.tiers,
    thread: { id, legacyId: null, subject: conversation.subject, messageCount: cards.length },
    openMessage,
    messages: cards.map(({ summary }) => summary),
    compose: compose?.reading ?? null,
  };

  return { reading, handles: compose?.handles ?? NO_HANDLES };
}

function recordOpenMessage(log: ProbeLog, choice: OpenChoice, scan: ConversationScan): void {
  const open = choice.open;
  // §2.3: several expanded cards and no date to rank them: refuse rather than pick one.
  if (choice.ambiguous) log.record('openMessage.choice', null);
  if (!open) {
    for (const key of OPEN_MESSAGE_PROBES) log.record(key, null);
    return;
  }

  log.record('openMessage.root', scan.cardTier);
  log.record('openMessage.body', open.body);
  log.record('openMessage.from', open.summary.from ? open.sender : null);
}

function unreadable(url: string, log: ProbeLog, id: string | null): PageReading {
  return {
    client: 'outlook',
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
