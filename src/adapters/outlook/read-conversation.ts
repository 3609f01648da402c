import { attributeValue, hasHiddenAncestor, normalizedText, singleLine } from '../dom-text.ts';
import type { Tier } from '../page-reading.ts';
import type { ProbeLog } from '../probe.ts';
import { probe, probeAll } from '../probe.ts';
import { idFromRoute, isConversationId, sameId, validId } from './route.ts';
import {
  BODY_ZONE,
  CARD,
  CONVERSATION,
  EDITABLE,
  PANE,
  SELECTED_CONVERSATION,
  SENDER_ANCHOR,
  SUBJECT,
} from './selectors.ts';
import { COMPOSE_ROOT_CSS, isHeaderPart, isLiveConversationPart } from './zones.ts';

export type ConversationScan = {
  pane: Element | null;
  // The conversation container, or the pane when the page has none: cards live in here.
  scope: Element | null;
  id: string | null;
  subject: string | null;
  cards: Element[];
  cardTier: { tier: Tier; lastResort: boolean } | null;
};

// Scope before selecting (mail-clients.md §5.1 rule 1): identity, then pane, then cards.
export function scanConversation(document: Document, url: string, log: ProbeLog): ConversationScan {
  const id = conversationId(document, url, log);
  const paneHit = probe(document, PANE, isLiveConversationPart);
  log.record('thread.root', paneHit);
  if (!paneHit) return { pane: null, scope: null, id, subject: null, cards: [], cardTier: null };

  const pane = paneHit.element;
  const scope = probe(pane, CONVERSATION, isLiveConversationPart)?.element ?? pane;
  const { cards, cardTier } = findCards(scope);
  log.record('thread.messages', cardTier);

  // The subject sits above the conversation, in the region the pane belongs to (§2.1), and
  // never inside a message card.
  const region = pane.closest('[role=main]') ?? pane;
  const isSubject = (el: Element) =>
    isSubjectPart(el) && !cards.some((card) => card.contains(el)) && subjectOf(el) !== null;
  const subjectHit = probe(region, SUBJECT, isSubject);
  log.record('thread.subject', subjectHit, 'shown');

  const subject = subjectHit ? subjectOf(subjectHit.element) : null;
  return { pane, scope, id, subject, cards, cardTier };
}

// §2.2: the selected list item first, the route as fallback. When both name a conversation
// and disagree, the route is what the pane shows (the list may hold a multi-selection).
function conversationId(document: Document, url: string, log: ProbeLog): string | null {
  // A list kept hidden behind a full-page message may still hold an older selection.
  const listHit = probe(
    document,
    SELECTED_CONVERSATION,
    (el) => !hasHiddenAncestor(el) && convIdOf(el) !== null,
  );
  const fromList = listHit ? convIdOf(listHit.element) : null;
  const fromRoute = idFromRoute(url);
  // The address is no markup at all; it is recorded as the most stable tier.
  log.record('thread.id', listHit ?? (fromRoute ? { tier: 'id', lastResort: false } : null));
  if (!fromList || !fromRoute || !isConversationId(fromRoute)) return fromList ?? fromRoute;
  if (sameId(fromList, fromRoute)) return fromList;

  log.degraded = true;
  return fromRoute;
}

function convIdOf(element: Element): string | null {
  return validId(attributeValue(element, 'data-convid'));
}

function findCards(scope: Element): Pick<ConversationScan, 'cards' | 'cardTier'> {
  const anchors = probeAll(scope, SENDER_ANCHOR, isHeaderPart);
  if (anchors) {
    const cards = anchors.elements.map((anchor) => cardOf(anchor, scope, anchors.elements));
    return { cards, cardTier: anchors };
  }

  const found = probeAll(scope, CARD, isLiveConversationPart);
  const cards = (found?.elements ?? []).filter(
    (card, _, all) => !all.some((other) => other !== card && other.contains(card)),
  );

  return { cards, cardTier: found };
}

// §2.2: the highest ancestor of one sender anchor holding no other anchor and no editor, so
// an inline reply beside the message never becomes part of it.
function cardOf(anchor: Element, scope: Element, anchors: Element[]): Element {
  let card = anchor;
  for (let up = anchor.parentElement; up && up !== scope; up = up.parentElement) {
    if (anchors.some((other) => other !== anchor && up.contains(other))) break;
    if (up.querySelector(EDITABLE) || up.querySelector(COMPOSE_ROOT_CSS)) break;
    card = up;
  }

  return card;
}

// Another extension may make the subject editable; it is still the subject, but a heading
// inside a message body or a compose form is not.
function isSubjectPart(element: Element): boolean {
  return (
    isLiveConversationPart(element) &&
    !element.closest(BODY_ZONE) &&
    !element.closest(COMPOSE_ROOT_CSS)
  );
}

// §2.2: `title` holds the full subject where the text may be cut short.
function subjectOf(element: Element): string | null {
  return attributeValue(element, 'title') ?? (singleLine(normalizedText(element)) || null);
}
