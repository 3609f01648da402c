import { hasHiddenAncestor, normalizedText, singleLine } from '../dom-text.ts';
import type { OpenMessageReading, PagePerson } from '../page-reading.ts';
import type { ProbeLog } from '../probe.ts';
import { probe, probeAll, tolerantSelector } from '../probe.ts';
import { collectLinks } from './links.ts';
import type { MessageItem } from './read-items.ts';
import { inHeader, isHeaderPerson, personOf } from './read-items.ts';
import {
  ATTACHMENT_AREA,
  ATTACHMENT_NAMES,
  CLIPPED,
  DETAIL_LABELS,
  DETAILS_POPUP,
  QUOTE,
  RECIPIENTS,
  SIGNATURE,
  SIGNATURE_PREFIX,
} from './selectors.ts';

const KEPT_APART = [...QUOTE, ...SIGNATURE, SIGNATURE_PREFIX];

// Reads the open message's fields; the caller has already checked root, ids, sender and body.
export function readOpenMessage(open: MessageItem, log: ProbeLog): OpenMessageReading | null {
  const { root, body, summary } = open;
  if (!root || !body || !summary.from) return null;

  const scope = root.element;
  const details = readDetails(scope);
  const recipients = probeAll(scope, RECIPIENTS, isHeaderPerson);
  log.record('openMessage.recipients', recipients, 'optional');
  log.record('openMessage.date', open.date, 'shown');

  return {
    index: summary.index,
    id: summary.id,
    legacyId: summary.legacyId,
    from: summary.from,
    replyTo: details?.replyTo ?? null,
    recipients: people(recipients?.elements ?? []),
    to: details?.to ?? null,
    cc: details?.cc ?? null,
    date: summary.date,
    ...readBody(body.element),
    attachments: readAttachments(scope, log),
    clipped: scope.querySelector(tolerantSelector(CLIPPED)) !== null,
  };
}

function readBody(body: Element) {
  const signature = firstShown(body, SIGNATURE.join(', '));
  const quotes = topLevel(body, QUOTE.join(', ')).map((quote) => normalizedText(quote));
  const quotedText = quotes.filter(Boolean).join('\n\n');

  return {
    bodyText: normalizedText(body, { remove: KEPT_APART }),
    signatureText: signature ? normalizedText(signature) || null : null,
    quotedText: quotedText === '' ? null : quotedText,
    links: collectLinks(body, QUOTE),
  };
}

// The author's signature, not one inside the quoted history or hidden by markup.
function firstShown(body: Element, selector: string): Element | null {
  const quote = QUOTE.join(', ');
  const found = Array.from(body.querySelectorAll(selector));

  return (
    found.find((el) => !el.parentElement?.closest(quote) && !hasHiddenAncestor(el, body)) ?? null
  );
}

function topLevel(body: Element, selector: string): Element[] {
  const found = Array.from(body.querySelectorAll(selector));
  return found.filter((el) => !el.parentElement?.closest(selector) && !hasHiddenAncestor(el, body));
}

function people(elements: Element[]): PagePerson[] {
  return elements.map(personOf).filter((person): person is PagePerson => person !== null);
}

type Details = { replyTo: PagePerson[]; to: PagePerson[]; cc: PagePerson[] };

// §1.3: To/Cc and Reply-To show only in the open "show details" popup, matched by label.
function readDetails(scope: Element): Details | null {
  const popup = probe(scope, DETAILS_POPUP, inHeader)?.element;
  if (!popup) return null;

  const rows = Array.from(popup.querySelectorAll('tr'));
  const labels = Object.values(DETAIL_LABELS);
  // Labels are localized: when none is recognised the page's answer is unknown, not empty.
  if (!rows.some((tr) => labels.some((label) => label.test(labelOf(tr))))) return null;

  const inRow = (label: RegExp) => {
    const tr = rows.find((candidate) => label.test(labelOf(candidate)));
    return tr ? people(Array.from(tr.querySelectorAll('[email]'))) : [];
  };

  return {
    replyTo: inRow(DETAIL_LABELS.replyTo),
    to: inRow(DETAIL_LABELS.to),
    cc: inRow(DETAIL_LABELS.cc),
  };
}

function labelOf(row: Element): string {
  const first = row.querySelector('td, th');
  return first ? singleLine(normalizedText(first)) : '';
}

function readAttachments(scope: Element, log: ProbeLog): string[] {
  const area = probe(scope, ATTACHMENT_AREA, inHeader);
  if (!area) return [];

  const names = probeAll(area.element, ATTACHMENT_NAMES, (el) => attachmentName(el) !== '');
  log.record('openMessage.attachments', names, 'shown');

  return (names?.elements ?? []).map(attachmentName);
}

// Chrome's download_url is "mime:name:url"; the name may itself contain colons.
function attachmentName(element: Element): string {
  const download = element.getAttribute('download_url');
  if (!download) return singleLine(normalizedText(element));

  return /^[^:]*:(.*?):(?:https?|blob|data):/.exec(download)?.[1] ?? '';
}
