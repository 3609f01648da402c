import {
  attributeValue,
  isEmailAddress,
  normalizedText,
  parseNameAddress,
  singleLine,
} from '../dom-text.ts';
import type { PagePerson } from '../page-reading.ts';
import type { ProbeLog } from '../probe.ts';
import { probeAll } from '../probe.ts';
import { LOCALIZED, RECIPIENT_PILL, RECIPIENT_WELLS, WELL_LABELS } from './selectors.ts';
import { isHeaderPart } from './zones.ts';

// OWA prints "Name<addr>", a bare address, or only a display name for people it knows
// (mail-clients.md §0.6). The address is whatever the page shows, else null: never guessed.
export function personOf(element: Element): PagePerson | null {
  const shown = singleLine(normalizedText(element)) || withoutFromLabel(element);
  const titled = addressInTitle(element);
  if (!shown) return titled ? { name: null, email: titled } : null;

  return parseNameAddress(shown) ?? { name: shown, email: titled };
}

// §2.2: some builds keep the address in a `title` beside the visible name.
function addressInTitle(element: Element): string | null {
  const titled = [element, ...Array.from(element.querySelectorAll('[title]'))];
  const found = titled.map((el) => attributeValue(el, 'title')).find(isEmailAddress);

  return found ?? null;
}

// §2.2: an element without text may carry "From: …" (localized) in its aria-label.
function withoutFromLabel(element: Element): string {
  const label = attributeValue(element, 'aria-label') ?? '';
  const prefix = LOCALIZED.from.find((from) => label.startsWith(from));

  return prefix ? label.slice(prefix.length).trim() : '';
}

export type Recipients = {
  all: PagePerson[];
  to: PagePerson[] | null;
  cc: PagePerson[] | null;
};

type Well = { kind: keyof typeof WELL_LABELS | null; people: PagePerson[] };

// §2.2: the wells' pills in page order. To and Cc are told apart only by the wells' labels,
// which are localized: one unknown label and the split is reported as unknown (null).
export function readRecipients(card: Element, log: ProbeLog): Recipients {
  const found = probeAll(card, RECIPIENT_WELLS, isHeaderPart);
  log.record('openMessage.recipients', found, 'optional');

  const wells = (found?.elements ?? []).map(wellOf);
  const all = wells.flatMap((well) => well.people);
  if (wells.length === 0 || wells.some((well) => well.kind === null)) {
    return { all, to: null, cc: null };
  }

  const ofKind = (kind: Well['kind']) =>
    wells.filter((well) => well.kind === kind).flatMap((well) => well.people);
  return { all, to: ofKind('to'), cc: ofKind('cc') };
}

function wellOf(well: Element): Well {
  const label = attributeValue(well, 'aria-label') ?? singleLine(normalizedText(well));
  const kinds = Object.keys(WELL_LABELS) as (keyof typeof WELL_LABELS)[];
  const people = Array.from(well.querySelectorAll(RECIPIENT_PILL))
    .map(personOf)
    .filter((person): person is PagePerson => person !== null);

  return { kind: kinds.find((kind) => WELL_LABELS[kind].test(label)) ?? null, people };
}
