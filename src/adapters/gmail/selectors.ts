import type { Candidate } from '../probe.ts';

// Gmail's page, as data. Each list runs ids/data attributes first, then classes, then roles,
// then text; an entry out of that order says why. § numbers are sections of
// shared/design/mail-clients.md. Class tokens also match `token-<hash>` (see probe.ts).

export const THREAD_ROOT: readonly Candidate[] = [
  // §1.3: the subject h2 carries the thread ids and sits in the thread's main region.
  { tier: 'data', css: 'h2[data-thread-perm-id], h2[data-legacy-thread-id]', up: '[role=main]' },
  // §1.2 rank 1: thread container since the 2023-11-16 redesign (InboxSDK PR #1073).
  { tier: 'class', css: '[role=main] .a98.iY' },
  // §1.2 rank 2: the pre-2023-11 container, still InboxSDK's fallback.
  { tier: 'class', css: '[role=main] table.Bs' },
];

// §1.3: permanent id `thread-f:<decimal>`, absent or "undefined" since 2025-11 (InboxSDK 1b0ea3b9).
export const THREAD_PERM_ID: readonly Candidate[] = [
  { tier: 'data', css: 'h2[data-thread-perm-id]' },
  // §1.3 fallback: the inline reply's input[name=rt]; never a popup's, which may be another thread.
  { tier: 'data', css: '[role=region][data-compose-id] input[name=rt]' },
];

// §1.3: 16-hex legacy id; gmail.js: only the visible thread's header is an h2.
export const THREAD_LEGACY_ID: readonly Candidate[] = [
  { tier: 'data', css: 'h2[data-legacy-thread-id]' },
];

export const SUBJECT: readonly Candidate[] = [
  // §1.3: the same h2 that holds the ids; text only, so a renamed class still reads.
  { tier: 'data', css: 'h2[data-thread-perm-id], h2[data-legacy-thread-id]' },
  // §1.3 primary in InboxSDK getSubject.
  { tier: 'class', css: '.ha h2.hP' },
];

export const MESSAGE_ITEMS: readonly Candidate[] = [
  // §1.2: .h7 expanded, .kv/.ky collapsed, .kQ/.kx folded into "N older messages".
  { tier: 'class', css: '.h7, .kv, .ky, .kQ, .kx' },
  // §1.2: the listitems of the thread's list (2016 and 2023 page fragments).
  { tier: 'aria', css: '[role=list] > [role=listitem]' },
];

// §1.2 view state; aria-expanded is the language-neutral second signal.
export const EXPANDED_ITEM: readonly Candidate[] = [
  { tier: 'class', css: '.h7' },
  { tier: 'aria', css: '[aria-expanded="true"]' },
];

export const MESSAGE_ROOT: readonly Candidate[] = [
  // §1.3: the element that carries the message ids is the message root (.adn).
  { tier: 'data', css: '[data-message-id], [data-legacy-message-id]' },
  // §1.2: div.adn.ads, gmail.js api.dom.email since 2014.
  { tier: 'class', css: '.adn' },
];

export const SENDER: readonly Candidate[] = [
  // §1.3: td.gF span[email] works expanded and collapsed (InboxSDK f25829c8, 2018-12).
  { tier: 'class', css: 'td.gF span[email]' },
  // §1.3: pre-2018 location, and gmail.js/FlowCrypt's span.gD.
  { tier: 'class', css: 'h3.iw span.gD[email], span.gD[email]' },
  // §1.3: hover cards also sit on recipients, so this only counts after the classes and
  // relies on the sender coming first in the header.
  { tier: 'data', css: '[data-hovercard-id*="@"]', lastResort: true },
];

// §1.3: the visible "<addr>" beside the sender name, parsed as text.
export const SENDER_TEXT: readonly Candidate[] = [
  { tier: 'text', css: 'h3.iw, td.gF', lastResort: true },
];

export const RECIPIENTS: readonly Candidate[] = [
  // §1.3: header line, To and Cc mixed; name="me" marks the user.
  { tier: 'class', css: '.hb span[email]' },
  // §1.3: gmail.js dom('to').
  { tier: 'class', css: 'span.g2[email]' },
];

// §1.3: the "show details" popup; its inner classes are UNVERIFIED, so rows match by label.
export const DETAILS_POPUP: readonly Candidate[] = [{ tier: 'aria', css: '[role=dialog]' }];

export const DETAIL_LABELS = {
  replyTo: /^reply-to:?$/i,
  to: /^to:?$/i,
  cc: /^cc:?$/i,
} as const;

// §1.3: title/alt hold the full locale-formatted date; the visible text is relative.
export const DATE: readonly Candidate[] = [
  { tier: 'class', css: '.gK .g3[title]' },
  { tier: 'class', css: 'span.g3[title], span.g3[alt]' },
];

export const BODY: readonly Candidate[] = [
  // §1.3: div.ii.gt div.a3s; .a3s.aiL current, .a3s.aXjCH before 2020.
  { tier: 'class', css: '.ii.gt .a3s' },
  { tier: 'class', css: '.a3s' },
  // §1.3: the container alone; InboxSDK logs an error when it has to settle for this.
  { tier: 'class', css: '.ii.gt', lastResort: true },
];

// §1.3 quoted history, removed structurally: CSS hides it, but CSS is not the content.
export const QUOTE = ['.gmail_quote', 'blockquote[type=cite]'] as const;

// §1.3 signature, with the "-- " prefix Gmail writes before it.
export const SIGNATURE = ['.gmail_signature', '[data-smartmail=gmail_signature]'] as const;
export const SIGNATURE_PREFIX = 'span.gmail_signature_prefix';

// §1.3: "[Message clipped] View entire message" (Mailvelope).
export const CLIPPED = '.iX a';

export const ATTACHMENT_AREA: readonly Candidate[] = [{ tier: 'class', css: '.hq' }];

export const ATTACHMENT_NAMES: readonly Candidate[] = [
  // §1.3: gmail.js/Mailvelope name element.
  { tier: 'class', css: '.aZo .aV3' },
  // §1.3: `download_url="mime:name:url"` is Chrome-only, so it ranks after the class.
  { tier: 'data', css: '[download_url]' },
];

// §5.1 rule 3: message fields never come from the conversation list, side panels or composes.
export const NOT_THREAD = '[gh=tl], [role=grid], [role=complementary], [role=dialog]';
export const COMPOSE_ZONE = '.M9, [data-compose-id], [g_editable]';

export const INLINE_COMPOSE: readonly Candidate[] = [
  // §1.5: the compose region carries its compose id.
  { tier: 'data', css: '[role=region][data-compose-id]' },
  // §1.5: .M9 in the reply container .ip (InboxSDK 43600043 prefers .M9).
  { tier: 'class', css: '.ip .M9' },
];

// §1.5: popups live in the mole area's dialogs, far from the thread.
export const POPUP_COMPOSE: readonly Candidate[] = [
  { tier: 'data', css: '[role=dialog] [data-compose-id]' },
  { tier: 'class', css: '.AD .M9' },
];

export const EDITOR: readonly Candidate[] = [
  // §1.5: g_editable is the Closure editor's own marker (InboxSDK 2014).
  { tier: 'data', css: '[g_editable="true"][contenteditable="true"]' },
  // §1.5: class list of a real dump (evan-brass/js-min).
  { tier: 'class', css: 'div.Am.Al.editable[contenteditable="true"]' },
  // §1.5: aria-label is localized, so only role and multiline.
  { tier: 'aria', css: '[role=textbox][aria-multiline="true"][contenteditable="true"]' },
];

// UNVERIFIED: §1.5 lists no recipient selector; these follow gmail-compose-reply.html.
export const COMPOSE_RECIPIENTS: readonly Candidate[] = [
  { tier: 'data', css: '[role=option][data-hovercard-id*="@"]' },
  { tier: 'class', css: 'span[email]' },
];

// §1.5: hidden form fields; draft is "#msg-a:r…" once saved and "undefined" before.
export const FORM_FIELD = {
  composeId: 'input[name=composeid]',
  draft: 'input[name=draft]',
  thread: 'input[name=rt]',
} as const;

// §1.5: the user's text goes above the signature and the quote.
export const INSERT_BEFORE = [SIGNATURE_PREFIX, ...SIGNATURE, ...QUOTE] as const;

// §5.1 rule 3: id formats; anything else (empty, "undefined", a view token) is no id.
export const ID_FORMAT = {
  thread: /^thread-[af]:r?-?\d+$/,
  message: /^msg-[af]:r?-?\d+$/,
  draft: /^msg-a:r?-?\d+$/,
  legacy: /^[0-9a-f]{16}$/,
  oldMessageClass: /^m([0-9a-f]{16})$/,
} as const;
