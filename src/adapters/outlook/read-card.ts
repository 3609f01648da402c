import { attributeValue, normalizedText, singleLine } from '../dom-text.ts';
import type { MessageSummary } from '../page-reading.ts';
import type { Hit } from '../probe.ts';
import { probe } from '../probe.ts';
import { personOf } from './people.ts';
import { BODY, BODY_ZONE, DATE, DRAFT_MARKER, EDITABLE, SENDER } from './selectors.ts';
import { isHeaderPart, isLiveConversationPart } from './zones.ts';

export type CardScan = {
  card: Element;
  body: Hit | null;
  sender: Hit | null;
  date: Hit | null;
  summary: MessageSummary;
};

// OWA exposes no per-message id in the page (mail-clients.md §0.5): id and legacyId stay null.
export function scanCard(card: Element, index: number): CardScan {
  const body = probe(card, BODY, isReadableBody);
  const sender = probe(card, SENDER, (el) => isHeaderPart(el) && personOf(el) !== null);
  const date = probe(card, DATE, (el) => isHeaderPart(el) && dateOf(el) !== null);
  const summary: MessageSummary = {
    index,
    id: null,
    legacyId: null,
    from: sender ? personOf(sender.element) : null,
    date: date ? dateOf(date.element) : null,
    // §2.3: a card is expanded when it shows a body; the wrapper's aria-expanded is not
    // trusted alone, since buttons and menus inside a card carry the same attribute.
    expanded: body !== null,
    isDraft: isDraft(card),
  };

  return { card, body, sender, date, summary };
}

// §2.2: never a box the user can type into, nor one wrapping such a box (§5.1 rule 3).
function isReadableBody(element: Element): boolean {
  if (!isLiveConversationPart(element)) return false;
  return !element.closest(EDITABLE) && !element.querySelector(EDITABLE);
}

// §2.3: a card holding an editor, or marked "[Draft]" in its header, is a draft; the body and
// the attachment names are the sender's words, not a marker.
function isDraft(card: Element): boolean {
  if (card.querySelector(EDITABLE)) return true;
  return DRAFT_MARKER.test(normalizedText(card, { remove: [BODY_ZONE, '[role=listbox]'] }));
}

// §2.2: the full date is in `title`; the visible text may be the same or shortened.
function dateOf(element: Element): string | null {
  const shown = singleLine(normalizedText(element));
  return attributeValue(element, 'title') ?? (shown || attributeValue(element, 'datetime'));
}
