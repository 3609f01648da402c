import type { Candidate } from '../probe.ts';

// Gmail's reply controls, as data beside the reader's selectors (selectors.ts). § numbers are
// sections of shared/design/mail-clients.md; labels ("Reply") are localized and not used.

// §1.5 "open a reply": the per-message header button (`.aaq` until 2025-11, `.DILLkc` after,
// FlowCrypt 5a6b382a2), then the first of the Reply / Reply all / Forward links (`.amn`).
export const REPLY_CONTROL: readonly Candidate[] = [
  { tier: 'class', css: '.DILLkc[role=button], .aaq[role=button]' },
  { tier: 'class', css: '.amn [role=link]:first-child, .amn span.ams.bkH' },
];

// §1.5: since 2025-11-10 the bottom toolbar is no longer inside the message's table
// (InboxSDK #findBottomReplyToolbarElement), so it may sit anywhere in the thread.
export const THREAD_REPLY_CONTROL: readonly Candidate[] = [
  { tier: 'class', css: '.amn [role=link]:first-child, .amn span.ams.bkH' },
];
