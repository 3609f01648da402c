import type { Address, MailMessage } from '../src/core/message.ts';
import { attachmentsMarkup, bodyMarkup } from './gmail-body.ts';
import { html, type Markup } from './html.ts';

// One conversation as Gmail draws it in the main region: the subject h2 carrying the thread
// ids, then one list item per message, older ones collapsed and the newest expanded. The
// class names and attributes are the ones src/adapters/gmail/selectors.ts reads.

export type ThreadView = {
  // 16 hex digits: Gmail's legacy id, the hex form of the permanent id's number.
  id: string;
  messages: readonly MailMessage[];
};

export type ViewOptions = { account: Address | null; timeZone: string };

export function threadMarkup(thread: ThreadView, options: ViewOptions): Markup {
  const subject = thread.messages[0]?.subject ?? '';
  const last = thread.messages.length - 1;
  const items = thread.messages.map((message, i) =>
    i === last
      ? expandedItem(message, messageIds(thread.id, i), options)
      : collapsedItem(message, messageIds(thread.id, i), options),
  );

  const permId = `thread-f:${BigInt(`0x${thread.id}`)}`;

  return html`<div class="nH g id" role="presentation"><div class="nH a98 iY">
<div class="nH V8djrc byY"><div class="ha">
<h2 class="hP" data-thread-perm-id="${permId}" data-legacy-thread-id="${thread.id}"
  tabindex="-1">${subject}</h2><span class="at" title="Inbox">Inbox</span>
</div></div>
<div class="nH aHU"><div class="nH hx" role="list">${items}</div></div>
</div></div>`;
}

type MessageIds = { id: string; legacyId: string };

// Gmail gives a thread's first message the thread's own id; later ones count up from it.
function messageIds(threadId: string, index: number): MessageIds {
  const value = BigInt(`0x${threadId}`) + BigInt(index) * 0x10000n;
  return { id: `msg-f:${value}`, legacyId: value.toString(16).padStart(16, '0') };
}

function expandedItem(message: MailMessage, ids: MessageIds, options: ViewOptions): Markup {
  return html`<div class="h7 ie nH" role="listitem" aria-expanded="true" tabindex="-1">
<div class="Bk"><div class="G3 G2">
<div class="adn ads" data-message-id="${`#${ids.id}`}" data-legacy-message-id="${ids.legacyId}">
<div class="gs"><div class="gE iv gt"><table cellpadding="0" class="cf gJ"><tbody>
${headerRow(message, options)}
<tr class="acZ xD"><td colspan="2">
${recipientsMarkup(message, options.account)}${detailsMarkup(message, options)}
</td></tr>
</tbody></table></div>
<div class="ii gt"><div class="a3s aiL">${bodyMarkup(message)}</div></div>
${attachmentsMarkup(message, ids.id)}
</div></div>
</div></div></div>`;
}

function collapsedItem(message: MailMessage, ids: MessageIds, options: ViewOptions): Markup {
  const snippet = message.bodyText.replace(/\s+/g, ' ').trim().slice(0, 120);

  return html`<div class="kv nH" role="listitem" aria-expanded="false" tabindex="-1">
<div class="adn ads" data-message-id="${`#${ids.id}`}" data-legacy-message-id="${ids.legacyId}">
<table cellpadding="0" class="cf gJ"><tbody>
${headerRow(message, options)}
<tr><td colspan="2"><div class="iA g6">${snippet}</div></td></tr>
</tbody></table></div></div>`;
}

function headerRow(message: MailMessage, options: ViewOptions): Markup {
  return html`<tr class="acZ"><td class="gF gK">${senderMarkup(message.from)}</td>
<td class="gH bAk">${dateMarkup(message.date, options.timeZone)}</td></tr>`;
}

// Gmail always knows the sender's address; a name-only sender gets no address attribute, so
// the reader reports it missing rather than reading a guess.
function senderMarkup(from: Address): Markup {
  const shown = from.name ?? from.email ?? '';
  const address = from.email ? html` <span class="go">&lt;${from.email}&gt;</span>` : null;

  return html`<h3 class="iw"><span class="qu" role="gridcell" tabindex="-1"><span
  class="gD"${personAttributes(from)}><span>${shown}</span></span>${address}</span></h3>`;
}

function personAttributes(person: Address): Markup {
  if (!person.email) return html``;

  const { email } = person;
  return html` email="${email}" name="${person.name ?? email}" data-hovercard-id="${email}"`;
}

function recipientsMarkup(message: MailMessage, account: Address | null): Markup {
  const people = [...message.to, ...message.cc].map((person, i) => {
    const me = Boolean(account?.email) && person.email === account?.email;
    const attributes = me
      ? html` email="${person.email ?? ''}" name="me"`
      : personAttributes(person);
    const separator = i === 0 ? '' : ', ';
    const shown = me ? 'me' : (person.name ?? person.email ?? '');
    return html`${separator}<span class="g2" translate="no"${attributes}>${shown}</span>`;
  });

  const shown = people.length > 0 ? people : html`undisclosed recipients`;
  return html`<div class="iw ajw"><span class="hb">to ${shown}</span></div>`;
}

// Reply-To shows only in the "show details" popup. The demo draws it open where a mail has
// one, as a user checking who answers would, so the reader sees what Gmail can show.
function detailsMarkup(message: MailMessage, options: ViewOptions): Markup | null {
  if (message.replyTo.length === 0) return null;

  const people = (list: readonly Address[]) =>
    list.map(
      (person) =>
        html`<span class="gI"><span class="gD"${personAttributes(person)}>${
          person.name ?? person.email ?? ''
        }</span> </span>`,
    );
  const date = gmailDate(message.date, options.timeZone) ?? '';

  return html`<div class="ajA SK" role="dialog" tabindex="-1">
<table class="ajC" cellpadding="0"><tbody>
${detailsRow('from:', people([message.from]))}
${message.replyTo.length > 0 && detailsRow('reply-to:', people(message.replyTo))}
${message.to.length > 0 && detailsRow('to:', people(message.to))}
${message.cc.length > 0 && detailsRow('cc:', people(message.cc))}
${detailsRow('date:', html`<span class="gI">${date}</span>`)}
${detailsRow('subject:', html`<span class="gI">${message.subject}</span>`)}
</tbody></table></div>`;
}

function detailsRow(label: string, value: Markup | Markup[]): Markup {
  return html`<tr><td class="gG"><span class="gI">${label}</span></td>
<td class="gL">${value}</td></tr>`;
}

function dateMarkup(date: string | null, timeZone: string): Markup | null {
  const full = gmailDate(date, timeZone);
  if (!full) return null;

  const shown = full.replace(/^\w{3}, /, '');
  return html`<div class="gK"><span class="g3" title="${full}" alt="${full}" role="gridcell"
  tabindex="-1">${shown}</span></div>`;
}

// The account's local time in Gmail's en-US form, e.g. "Tue, Mar 3, 2026, 9:41 AM".
export function gmailDate(date: string | null, timeZone: string): string | null {
  const time = date ? Date.parse(date) : Number.NaN;
  if (Number.isNaN(time)) return null;

  return new Intl.DateTimeFormat('en-US', {
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZone,
  }).format(time);
}
