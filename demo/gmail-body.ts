import type { MailLink, MailMessage } from '../src/core/message.ts';
import { html, type Markup, safeHref } from './html.ts';

// A message body as Gmail shows a received mail: the text with its links as real anchors,
// the signature and the quoted history in Gmail's own wrappers, the attachments below.

type Placed = { start: number; end: number; link: MailLink; href: string };

export function bodyMarkup(message: MailMessage): Markup {
  const { placed, unplaced } = placeLinks(message.bodyText, message.links);

  return html`<div dir="ltr">${textWithAnchors(message.bodyText, placed)}${unplaced.map(
    looseLink,
  )}</div>${signatureMarkup(message.signatureText ?? null)}${quoteMarkup(message.quotedText)}`;
}

// Each link goes where its words stand in the text, else where its address is written out.
// One found in neither (an HTML button, an image link) is shown after the text.
function placeLinks(text: string, links: readonly MailLink[]) {
  const placed: Placed[] = [];
  const unplaced: { link: MailLink; href: string }[] = [];

  for (const link of links) {
    const href = safeHref(link.href);
    if (!href) continue;

    const range = freeRange(text, link.text, placed) ?? freeRange(text, link.href, placed);
    if (range) placed.push({ ...range, link, href });
    else unplaced.push({ link, href });
  }

  return { placed: placed.sort((a, b) => a.start - b.start), unplaced };
}

function freeRange(text: string, needle: string | null, taken: readonly Placed[]) {
  if (!needle?.trim()) return null;

  for (let start = text.indexOf(needle); start >= 0; start = text.indexOf(needle, start + 1)) {
    const end = start + needle.length;
    if (!taken.some((other) => start < other.end && other.start < end)) return { start, end };
  }

  return null;
}

function textWithAnchors(text: string, placed: readonly Placed[]): Markup {
  const parts: Markup[] = [];
  let cursor = 0;
  for (const { start, end, href } of placed) {
    parts.push(lines(text.slice(cursor, start)));
    parts.push(anchor(href, lines(text.slice(start, end))));
    cursor = end;
  }
  parts.push(lines(text.slice(cursor)));

  return html`${parts}`;
}

function looseLink({ link, href }: { link: MailLink; href: string }): Markup {
  const label = link.text?.trim() ? lines(link.text) : html`<img src="data:," alt="">`;
  return html`<div>${anchor(href, label)}</div>`;
}

// Gmail sends clicks through its redirector and keeps the real target in href.
function anchor(href: string, label: Markup): Markup {
  const redirect = `https://www.google.com/url?q=${encodeURIComponent(href)}&source=gmail`;
  return html`<a href="${href}" target="_blank" rel="noreferrer"
  data-saferedirecturl="${redirect}">${label}</a>`;
}

function lines(text: string): Markup {
  const shown = text.split('\n').map((line, i) => (i === 0 ? html`${line}` : html`<br>${line}`));
  return html`${shown}`;
}

// Gmail marks only signatures it wrote itself; a sender's typed one stays in the text.
function signatureMarkup(signature: string | null): Markup | null {
  if (!signature?.trim()) return null;

  return html`<br><span class="gmail_signature_prefix">-- </span><br><div dir="ltr"
  class="gmail_signature" data-smartmail="gmail_signature">${lines(signature)}</div>`;
}

function quoteMarkup(quoted: string | null): Markup | null {
  if (!quoted?.trim()) return null;

  const [attribution = '', ...rest] = quoted.split('\n');
  return html`<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">${attribution}</div>
<blockquote class="gmail_quote">${lines(rest.join('\n'))}</blockquote></div>`;
}

const GMAIL_ATTACHMENT = 'https://mail.google.com/mail/u/0?ui=2';

// Chrome's download_url is "mime:name:url"; Gmail shows the name in .aV3 beside it.
export function attachmentsMarkup(message: MailMessage, messageId: string): Markup | null {
  if (message.attachments.length === 0) return null;

  const chips = message.attachments.map(({ name }, i) => {
    const url = `${GMAIL_ATTACHMENT}&attid=0.${i + 1}&permmsgid=${messageId}&view=att&disp=safe`;
    const download = `application/octet-stream:${name}:${url}`;
    return html`<span class="aZo" download_url="${download}"><a class="aQy" href="${url}"
  target="_blank" role="link"><span class="aQA"><span class="aV3">${name}</span></span></a></span>`;
  });

  return html`<div class="hq gt"><div class="a3I">Attachments</div>
<div class="aQH">${chips}</div></div>`;
}
