import { createHash } from 'node:crypto';
import type { Address } from '../src/core/message.ts';
import { GMAIL_PAGE_STYLE } from './gmail-page-style.ts';
import { type ThreadView, threadMarkup } from './gmail-thread.ts';
import { html, type Markup, markupText, styleMarkup } from './html.ts';

// A Gmail-like page for the demo inbox and the browser tests, built in Node from mail that
// is hostile like any other: all of it goes through html.ts's escaping. The conversation
// list sits on the left, outside the main region; the open conversation is drawn in the
// main region, and every conversation also waits in an inert <template> for nav.js, which
// swaps the main region on hashchange the way Gmail redraws it without loading a page.

export type GmailThread = ThreadView;

export type GmailPageOptions = {
  // Drawn in the main region as served; nav.js follows the URL's hash from there.
  openThreadId?: string | null;
  // Shown as "me" among the recipients and in the title.
  account?: Address | null;
  // The account's time zone, in which Gmail shows dates.
  timeZone?: string;
};

export const GMAIL_URL = 'https://mail.google.com/mail/u/0/';
export const NAV_SCRIPT_URL = 'https://mail.google.com/_demo/nav.js';

export const threadUrl = (threadId: string) => `${GMAIL_URL}#inbox/${threadId}`;

// A stable 16-hex legacy id per demo key, led by 1 as Gmail's current ids are.
export function threadIdFor(key: string): string {
  return `1${createHash('sha256').update(key).digest('hex').slice(0, 15)}`;
}

export function renderGmailPage(
  inbox: readonly GmailThread[],
  options: GmailPageOptions = {},
): string {
  const view = { account: options.account ?? null, timeZone: options.timeZone ?? 'UTC' };
  const open = inbox.find((thread) => thread.id === options.openThreadId) ?? null;
  const templates = inbox.map(
    (thread) =>
      html`<template id="${`demo-thread-${thread.id}`}" data-thread-id="${thread.id}"
  data-title="${titleOf(thread, view.account)}">${threadMarkup(thread, view)}</template>`,
  );

  return `<!DOCTYPE html>\n${markupText(html`<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<title>${titleOf(open, view.account)}</title>
${styleMarkup(GMAIL_PAGE_STYLE)}
<script src="${NAV_SCRIPT_URL}" defer></script>
</head>
<body class="aAU">
<div id=":1" class="nH demo-app">
${bannerMarkup(view.account)}
<div class="nH demo-columns">
${labelsMarkup(inbox.length)}
${listMarkup(inbox, open?.id ?? null, view.timeZone)}
<div class="nH demo-reading"><div class="nH ar4 z" role="main" data-open-thread="${open?.id ?? ''}">
${open ? threadMarkup(open, view) : emptyView()}
</div></div>
</div>
</div>
<template id="demo-empty" data-thread-id=""
  data-title="${titleOf(null, view.account)}">${emptyView()}</template>
${templates}
</body>
</html>`)}\n`;
}

function titleOf(thread: GmailThread | null, account: Address | null): string {
  const who = account?.email ? ` - ${account.email}` : '';
  const subject = thread?.messages[0]?.subject;
  return `${subject ? subject : 'Inbox'}${who} - Gmail`;
}

function bannerMarkup(account: Address | null): Markup {
  return html`<header class="gb_Ra demo-banner" role="banner"><span class="demo-logo">Gmail</span>
<form class="gb_ne" role="search" aria-label="Search mail">
<input aria-label="Search mail" placeholder="Search mail" name="q" type="text"></form>
<span class="demo-note">
Demo inbox served on this machine by Inquiry Triage. No mail leaves it.</span>
<span class="demo-account">${account?.name ?? account?.email ?? ''}</span></header>`;
}

function labelsMarkup(count: number): Markup {
  return html`<div class="aeN demo-labels" role="navigation">
<div class="T-I demo-compose" role="button" tabindex="0" gh="cm">Compose</div>
<a class="J-Ke n0 demo-label-active" href="#inbox" title="Inbox">
Inbox <span class="bsU">${count}</span></a>
<a class="J-Ke n0" href="#starred" title="Starred">Starred</a>
<a class="J-Ke n0" href="#sent" title="Sent">Sent</a>
<a class="J-Ke n0" href="#drafts" title="Drafts">Drafts</a></div>`;
}

// Gmail's conversation list: gh="tl" and role=grid keep the reader out of it.
function listMarkup(inbox: readonly GmailThread[], openId: string | null, timeZone: string) {
  const rows = inbox.map((thread) => listRow(thread, thread.id === openId, timeZone));

  return html`<div class="ae4 UI demo-list" gh="tl">
<table class="F cf zt" role="grid" aria-label="Demo inbox"><tbody>${rows}</tbody></table>
</div>`;
}

function listRow(thread: GmailThread, selected: boolean, timeZone: string): Markup {
  const newest = thread.messages.at(-1);
  const from = newest?.from ?? { name: null, email: null };
  const snippet = (newest?.bodyText ?? '').replace(/\s+/g, ' ').trim().slice(0, 90);
  const email = from.email ? html` email="${from.email}"` : null;
  const day = shortDay(newest?.date ?? null, timeZone);
  const subject = thread.messages[0]?.subject ?? '';

  return html`<tr class="zA zE" role="row" data-thread-id="${thread.id}"
  aria-selected="${String(selected)}"><td class="xY">
<a class="demo-row" href="${`#inbox/${thread.id}`}">
<span class="yW"><span class="zF"${email}>${from.name ?? from.email ?? ''}</span></span>
<span class="xW">${day}</span>
<span class="y6"><span class="bog">${subject}</span></span>
<span class="y2">${snippet}</span>
</a></td></tr>`;
}

function shortDay(date: string | null, timeZone: string): string {
  const time = date ? Date.parse(date) : Number.NaN;
  if (Number.isNaN(time)) return '';

  return new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', timeZone }).format(
    time,
  );
}

function emptyView(): Markup {
  return html`<div class="demo-empty">Pick a conversation from the inbox on the left.</div>`;
}
