// What a mail page reader returns, whatever the client. Plain data only, so it survives
// JSON (the command-line reader prints it, the content script posts it to the worker);
// element handles for an inserter travel separately (see PageHandles).

// Ordered by expected stability: ids and data attributes outlive class names, which outlive
// localized labels, which outlive visible text (mail-clients.md §0, §5.1).
export type Tier = 'id' | 'data' | 'class' | 'aria' | 'text';

export type ReadStatus = 'ok' | 'degraded' | 'unreadable';

export type PagePerson = {
  name: string | null;
  // null where the page shows a display name only: never guessed.
  email: string | null;
};

export type PageLink = { href: string; text: string | null };

export type ThreadReading = {
  id: string | null;
  legacyId: string | null;
  subject: string | null;
  messageCount: number;
};

export type MessageSummary = {
  index: number;
  id: string | null;
  legacyId: string | null;
  from: PagePerson | null;
  date: string | null;
  expanded: boolean;
  isDraft: boolean;
};

export type OpenMessageReading = {
  index: number;
  id: string | null;
  legacyId: string | null;
  from: PagePerson;
  // null: the page does not show this (as opposed to [] = shown and empty).
  replyTo: PagePerson[] | null;
  recipients: PagePerson[];
  to: PagePerson[] | null;
  cc: PagePerson[] | null;
  // The raw, locale-formatted string the page shows; it carries no time zone.
  date: string | null;
  bodyText: string;
  signatureText: string | null;
  quotedText: string | null;
  attachments: string[];
  clipped: boolean;
  links: PageLink[];
};

export type ComposeReading = {
  kind: 'inline-reply' | 'popup';
  // CSS selectors that name the element for a person reading the output, not handles.
  editor: string;
  composeId: string | null;
  draftId: string | null;
  threadId: string | null;
  to: PagePerson[];
  userText: string;
  signatureText: string | null;
  insertBefore: string | null;
  quotedInEditor: boolean;
};

export type PageReading = {
  client: 'gmail' | 'outlook';
  url: string;
  status: ReadStatus;
  // Probe keys that found nothing valid (thread.id, openMessage.root, openMessage.id, ...).
  failed: string[];
  // Which tier answered each probe, so a broken page can be diagnosed offline.
  tiers: Record<string, Tier | 'missing'>;
  // Identity still readable on an unreadable page, e.g. { 'thread.id': '…' }.
  partial?: Record<string, string>;
  thread: ThreadReading | null;
  openMessage: OpenMessageReading | null;
  messages: MessageSummary[];
  compose: ComposeReading | null;
};

export type PageHandles = {
  composeRoot: Element | null;
  editor: Element | null;
  // Insert before this node so the user's text lands above the signature and quote.
  insertBefore: Element | null;
};
