import type { MailLink } from '../core/message.ts';
import { MAX_LINKS } from '../core/text/links.ts';

// Anchors keep the words the reader saw beside the real target, which phishing makes differ.
// Read by a forward scan rather than one pattern over the whole HTML: "<a href=x" repeated
// with no "</a>" made that pattern quadratic. Each position is visited a bounded number of
// times, whatever the mail holds.

// Longer than any real link's words: beyond it the anchor wraps a layout, not a link.
const TEXT_MAX = 2000;
const TAG_MAX = 8192;
const HREF = /\bhref\s*=\s*/i;
const NO_CLOSE = Number.MAX_SAFE_INTEGER;

export function linksFromHtml(html: string): MailLink[] {
  const lower = html.toLowerCase();
  const links: MailLink[] = [];
  let nextClose = -1;
  let at = lower.indexOf('<a', 0);

  while (at >= 0 && links.length < MAX_LINKS) {
    const tagEnd = lower.indexOf('>', at);
    if (tagEnd < 0) break;

    const nextOpen = nextAnchor(lower, tagEnd);
    if (isAnchorStart(lower, at)) {
      if (nextClose < tagEnd) nextClose = closeAfter(lower, tagEnd);
      const textEnd = Math.min(nextClose, nextOpen < 0 ? html.length : nextOpen, html.length);
      const link = anchorLink(
        html.slice(at, Math.min(tagEnd, at + TAG_MAX)),
        html,
        tagEnd,
        textEnd,
      );
      if (link) links.push(link);
    }

    at = nextOpen;
  }

  return links;
}

function anchorLink(tag: string, html: string, tagEnd: number, textEnd: number): MailLink | null {
  const href = decodeHrefEntities(hrefValue(tag));
  if (!/^https?:/i.test(href)) return null;

  const inner = html.slice(tagEnd + 1, Math.min(textEnd, tagEnd + 1 + TEXT_MAX));
  return { href, text: visibleText(inner) || null };
}

// The href attribute's value, quoted or bare, read by hand.
function hrefValue(tag: string): string {
  const name = HREF.exec(tag);
  if (!name) return '';

  const start = name.index + name[0].length;
  const quote = tag[start];
  if (quote === '"' || quote === "'") {
    const end = tag.indexOf(quote, start + 1);
    return tag.slice(start + 1, end < 0 ? tag.length : end);
  }

  const end = tag.slice(start).search(/[\s>]/);
  return tag.slice(start, end < 0 ? tag.length : start + end);
}

// Where the anchor's words end at the latest; none left means none will close any later anchor.
function closeAfter(lower: string, from: number): number {
  const close = lower.indexOf('</a', from);
  return close < 0 ? NO_CLOSE : close;
}

function nextAnchor(lower: string, from: number): number {
  return lower.indexOf('<a', from);
}

// "<a" followed by a blank or ">" opens an anchor; "<abbr" and "<area" do not.
function isAnchorStart(lower: string, at: number): boolean {
  return /[\s>]/.test(lower[at + 2] ?? '');
}

// A link's words: its markup dropped, entities decoded, blanks collapsed. Running the whole
// HTML converter once per anchor cost more than the rest of reading the mail.
function visibleText(inner: string): string {
  let text = '';
  let at = 0;

  while (at < inner.length) {
    const open = inner.indexOf('<', at);
    text += inner.slice(at, open < 0 ? inner.length : open);
    if (open < 0) break;

    const close = inner.indexOf('>', open);
    if (close < 0) break;
    text += ' ';
    at = close + 1;
  }

  return decodeEntities(text).replace(/\s+/g, ' ').trim();
}

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,6});/gi, (entity, body: string) => {
    if (body[0] !== '#') return NAMED[body.toLowerCase()] ?? entity;
    const code =
      body[1] === 'x' || body[1] === 'X'
        ? Number.parseInt(body.slice(2), 16)
        : Number(body.slice(1));
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
  });
}

function decodeHrefEntities(value: string): string {
  return value
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");
}
