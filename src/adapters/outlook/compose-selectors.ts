import type { Candidate } from '../probe.ts';

// OWA's reply control, as data beside the reader's selectors (selectors.ts). § numbers are
// sections of shared/design/mail-clients.md.

// §2.4 "open a reply": icon names are language-agnostic (Mailvelope outlook-api
// attachEditorBtn); the button's "Reply" label is localized and only a last resort.
export const REPLY_CONTROL: readonly Candidate[] = [
  {
    tier: 'data',
    css: '[data-icon-name="ArrowReplyRegular"]',
    up: 'button, [role=button], [role=menuitem]',
  },
  { tier: 'aria', css: 'button[aria-label="Reply"]', lastResort: true },
];
