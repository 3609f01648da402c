import { normalizedText, prunedClone } from '../dom-text.ts';
import { collectLinks } from './links.ts';
import { QUOTE_BLOCKS, QUOTE_HEADER, QUOTE_SEPARATOR, SIGNATURE } from './selectors.ts';

// A message body split the way the fixtures README describes for Outlook: quoted history
// and signature kept apart from the author's text. All of it works on a pruned clone, so
// the page is never changed and unseen parts never count.

const SIGNATURES = SIGNATURE.join(', ');
const QUOTE_BLOCK_CSS = QUOTE_BLOCKS.join(', ');
// Node.DOCUMENT_POSITION_FOLLOWING, spelled out: the command-line reader has no global Node.
const FOLLOWING = 4;

export function readBody(body: Element) {
  const clone = prunedClone(body);
  const quotes = quoteParts(clone);
  const quotedText = quotes
    .map((quote) => normalizedText(quote))
    .filter(Boolean)
    .join('\n\n');
  for (const quote of quotes) quote.remove();

  const links = collectLinks(clone);
  const signature = clone.querySelector(SIGNATURES);
  const signatureText = signature ? normalizedText(signature) || null : null;
  for (const element of Array.from(clone.querySelectorAll(SIGNATURES))) element.remove();

  return {
    bodyText: normalizedText(clone),
    signatureText,
    quotedText: quotedText === '' ? null : quotedText,
    links,
  };
}

// §2.2: the reply header and all its following siblings become one block (the separators
// before it are dropped), then any Gmail-style quote outside that block, in page order.
export function quoteParts(clone: Element): Element[] {
  for (const separator of Array.from(clone.querySelectorAll(QUOTE_SEPARATOR))) {
    separator.remove();
  }

  const header = clone.querySelector(QUOTE_HEADER);
  const block = header ? wrapFrom(header) : null;
  const others = Array.from(clone.querySelectorAll(QUOTE_BLOCK_CSS)).filter(
    (quote) => !block?.contains(quote) && !quote.parentElement?.closest(QUOTE_BLOCK_CSS),
  );
  const parts = block ? [block, ...others] : others;

  return parts.sort((a, b) => (a.compareDocumentPosition(b) & FOLLOWING ? -1 : 1));
}

function wrapFrom(header: Element): Element {
  const before = header.previousElementSibling;
  if (before?.localName === 'hr') before.remove();

  const block = header.ownerDocument.createElement('div');
  header.before(block);
  while (block.nextSibling) block.append(block.nextSibling);

  return block;
}
