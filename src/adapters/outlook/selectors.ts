import type { Candidate } from '../probe.ts';

// Outlook on the web's page, as data. OWA's class names are build-generated (mail-clients.md
// §0.4), so ids, data attributes and roles lead; a generated class only ever degrades the
// reading, and a localized label is the last resort. § numbers are sections of
// shared/design/mail-clients.md.

// §2.6: labels peers list per language. Tier 'aria' as page-reading.ts ranks labels, always
// last and flagged lastResort, so a reading that needed one says it is degraded.
export const LOCALIZED = {
  messageBody: [
    'Message body',
    'Nachrichtentext',
    'Corps du message',
    'Cuerpo del mensaje',
    '邮件正文',
    'גוף ההודעה',
  ],
  readingPane: ['Reading Pane', 'Lesebereich'],
  from: ['From:', 'Von:', '发件人:'],
} as const;

const labelled = (labels: readonly string[], extra = '') =>
  labels.map((label) => `[aria-label^="${label}"]${extra}`).join(', ');

// §2.1 hosts, outlook.cloud.microsoft included (Microsoft moves M365 apps to *.cloud.microsoft).
export const OUTLOOK_HOSTS = /^outlook\.(office\.com|office365\.com|live\.com|cloud\.microsoft)$/i;

// §2.1: `/mail/[0/]<folder>/id/<id>` and deep links `/mail/deeplink/read|readconv/<id>`, the
// form a message opened in its own window uses; the segment after one of these is the id.
export const ROUTE_ID_MARKERS = ['id', 'read', 'readconv'] as const;

// §5.1 rule 3: OWA ids are base64 (`AAQk…` work, `AQQk…` consumer; `…Mk…` for a message).
export const ID_FORMAT = {
  item: /^A[AQ][A-Za-z0-9+/_=%-]{20,}$/,
  conversation: /^A[AQ]Qk/,
} as const;

// §2.1/§2.2: the selected list item carries the conversation id (Mailvelope, fperezdev).
export const SELECTED_CONVERSATION: readonly Candidate[] = [
  { tier: 'id', css: '#MailList [role=option][aria-selected="true"][data-convid]' },
  { tier: 'data', css: '[role=option][aria-selected="true"][data-convid]' },
];

// §2.1: the reading pane root. A message opened in its own window or with the reading pane
// hidden has no list beside it, so the item container alone also counts.
export const PANE: readonly Candidate[] = [
  { tier: 'id', css: '#ReadingPaneContainerId, #ConversationReadingPaneContainer' },
  { tier: 'data', css: '[data-app-section="MailReadCompose"]' },
  { tier: 'data', css: '[data-app-section="ConversationContainer"]' },
  { tier: 'data', css: '[data-app-section="ItemContainer"]' },
  { tier: 'aria', css: '[role=main]', lastResort: true },
  // §2.6: "Reading Pane" / "Lesebereich" is localized.
  { tier: 'aria', css: labelled(LOCALIZED.readingPane), lastResort: true },
];

// §2.1: the conversation (or, in single-item view, the item) container inside the pane.
export const CONVERSATION: readonly Candidate[] = [
  { tier: 'data', css: '[data-app-section="ConversationContainer"]' },
  { tier: 'data', css: '[data-app-section="ItemContainer"]' },
];

// §5.1 rule 3: message fields never come from the list, navigation, side panes or dialogs,
// which is where other extensions put their own panes too.
export const NOT_CONVERSATION =
  '#MailList, [role=option][data-convid], [role=tree], [role=navigation], [role=complementary], [role=dialog]';

// §2.2 subject: id pattern from PhishLens, inner token format UNVERIFIED (suffix match only).
export const SUBJECT: readonly Candidate[] = [
  { tier: 'id', css: '[id^="CONV_"][id$="_SUBJECT"]' },
  // §2.2 fallback: the pane's own level 1-2 heading, outside the message cards.
  { tier: 'aria', css: '[role=heading][aria-level="1"], [role=heading][aria-level="2"]' },
];

// §2.2 "one message card": each card has exactly one sender anchor; the card is the highest
// ancestor holding only it (structural, language-neutral).
export const SENDER_ANCHOR: readonly Candidate[] = [
  { tier: 'id', css: '[id^="MSG_"][id$="_FROM"]' },
];

// §2.2 card fallbacks: `.aVla3` is generated (Mailvelope), "Email message" is localized.
export const CARD: readonly Candidate[] = [
  { tier: 'class', css: '.aVla3', lastResort: true },
  { tier: 'aria', css: '[aria-label="Email message"]', lastResort: true },
];

// §2.2 sender: the anchor's own text ("Name<addr>" or a display name), then weaker forms.
export const SENDER: readonly Candidate[] = [
  { tier: 'id', css: '[id^="MSG_"][id$="_FROM"]' },
  // §2.2: generated class holding "Name<addr>" (POW-Capstone2025 relied on it alone).
  { tier: 'class', css: 'span.OZZZK', lastResort: true },
  // §2.2: "From: …" is localized.
  { tier: 'aria', css: labelled(LOCALIZED.from), lastResort: true },
];

// §2.2 date: title or text, locale formatted; `time[datetime]` in other builds.
export const DATE: readonly Candidate[] = [
  { tier: 'data', css: '[data-testid="SentReceivedSavedTime"]' },
  { tier: 'data', css: 'time[datetime]' },
];

// §2.2 body: role=document sits on the body in some builds and on its wrapper in others, so
// the id leads; `.allowTextSelection` is an older build's class, the label is localized.
export const BODY: readonly Candidate[] = [
  { tier: 'id', css: '[id^="UniqueMessageBody"]' },
  { tier: 'aria', css: '[role=document]' },
  { tier: 'class', css: '.allowTextSelection', lastResort: true },
  { tier: 'aria', css: labelled(LOCALIZED.messageBody), lastResort: true },
];

// Any body form: header fields are read outside these, hostile mail content never counts.
export const BODY_ZONE = '[id^="UniqueMessageBody"], [role=document], .allowTextSelection';

// §2.3: "[Draft]" in a card's header marks a draft (PhishLens' multilingual list).
export const DRAFT_MARKER = /\[(Draft|Brouillon|Borrador|Rascunho|Entwurf|Bozza)\]/i;

// §2.2 recipients: wells, then pills by their hover target; labels only to split To and Cc.
export const RECIPIENT_WELLS: readonly Candidate[] = [
  { tier: 'data', css: '[data-testid="RecipientWell"]' },
  // §2.2: the wells' "To:"/"Cc:" labels are localized.
  { tier: 'aria', css: 'div[aria-label^="To:"], div[aria-label^="Cc:"]', lastResort: true },
];
export const RECIPIENT_PILL = '[data-lpc-hover-target-id]';
export const WELL_LABELS = {
  to: /^(to|an|à|para|收件人)\s*[:：]/i,
  cc: /^(cc)\s*[:：]/i,
  bcc: /^(bcc)\s*[:：]/i,
} as const;

// §2.2 attachments: the card's listbox (its "Attachments" label is localized, so the role
// alone, inside the card header), each option's first `[title]` is the file name.
export const ATTACHMENT_AREA: readonly Candidate[] = [{ tier: 'aria', css: '[role=listbox]' }];
export const ATTACHMENT_NAMES: readonly Candidate[] = [
  { tier: 'aria', css: '[role=option]' },
  // §2.2: `.VlyYV` is generated (Mailvelope outlookIntegration.js).
  { tier: 'class', css: '.VlyYV[title]', lastResort: true },
];

// §2.2 quoted history: x_-prefixed as OWA renders mail, unprefixed in the editor. The reply
// header and every following sibling are the quote; `appendonsend` and the `hr` before the
// header only separate it. A Gmail sender's quote arrives as `x_gmail_quote`.
export const QUOTE_HEADER = '[id$="divRplyFwdMsg"]';
export const QUOTE_SEPARATOR = '[id$="appendonsend"]';
export const QUOTE_BLOCKS = ['.x_gmail_quote'] as const;

// §2.2 signature ids, and Outlook mobile's (fixtures README).
export const SIGNATURE = [
  '[id="Signature"]',
  '[id="x_Signature"]',
  '[id="signature"]',
  '[id="ms-outlook-mobile-signature"]',
  '[id="x_ms-outlook-mobile-signature"]',
] as const;

// §2.4 compose root: the inline reply in the pane, then the pop-out form.
export const COMPOSE_ROOT: readonly Candidate[] = [
  { tier: 'id', css: '[id^="docking_InitVisiblePart"]' },
  { tier: 'data', css: '[data-app-section="Form_Content"]' },
];

// §2.4 editor: Briskine takes the multiline box as the body, the other boxes as recipients.
export const EDITOR: readonly Candidate[] = [
  { tier: 'id', css: '[id^="editorParent"] [contenteditable="true"]' },
  { tier: 'aria', css: '[contenteditable="true"][role=textbox][aria-multiline="true"]' },
  {
    tier: 'aria',
    css: labelled(LOCALIZED.messageBody, '[contenteditable="true"]'),
    lastResort: true,
  },
];
export const RECIPIENT_BOX = '[contenteditable="true"]:not([aria-multiline="true"])';

// §2.4: where the editor keeps the original of a reply or forward (peer insertBefore list).
export const REFERENCE_MESSAGE = '#mail-editor-reference-message-container';

// §2.4: the user's text goes above the first of these.
export const INSERT_BEFORE = [
  '#Signature',
  '#signature',
  '#appendonsend',
  '#divRplyFwdMsg',
  REFERENCE_MESSAGE,
] as const;

export const EDITABLE = '[contenteditable]:not([contenteditable="false"])';
