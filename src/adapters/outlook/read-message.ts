import { attributeValue } from '../dom-text.ts';
import type { OpenMessageReading } from '../page-reading.ts';
import type { ProbeLog } from '../probe.ts';
import { probe, probeAll } from '../probe.ts';
import { readBody } from './body-parts.ts';
import { readRecipients } from './people.ts';
import type { CardScan } from './read-card.ts';
import { ATTACHMENT_AREA, ATTACHMENT_NAMES } from './selectors.ts';
import { isHeaderPart } from './zones.ts';

// Reads the open card's fields; the caller has already checked card, body and sender.
export function readOpenMessage(open: CardScan, log: ProbeLog): OpenMessageReading | null {
  const { card, body, summary } = open;
  if (!body || !summary.from) return null;

  log.record('openMessage.date', open.date, 'shown');
  const recipients = readRecipients(card, log);

  return {
    index: summary.index,
    id: null,
    legacyId: null,
    from: summary.from,
    // §2.2: the reading pane header shows no Reply-To (UNVERIFIED that it never does).
    replyTo: null,
    recipients: recipients.all,
    to: recipients.to,
    cc: recipients.cc,
    date: summary.date,
    ...readBody(body.element),
    attachments: readAttachments(card, log),
    // OWA shows long mail whole; no clipping marker is known.
    clipped: false,
  };
}

// §2.2: the card's attachment listbox, each option named by its first `title`.
function readAttachments(card: Element, log: ProbeLog): string[] {
  const area = probe(card, ATTACHMENT_AREA, isHeaderPart);
  if (!area) return [];

  const names = probeAll(area.element, ATTACHMENT_NAMES, (el) => attachmentName(el) !== '');
  log.record('openMessage.attachments', names, 'shown');

  return (names?.elements ?? []).map(attachmentName);
}

function attachmentName(element: Element): string {
  const titled = element.matches('[title]') ? element : element.querySelector('[title]');
  return attributeValue(titled, 'title') ?? '';
}
