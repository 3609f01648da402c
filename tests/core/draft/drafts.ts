import { checkDraft } from '../../../src/core/draft/check-draft.ts';
import type { DraftCheck, DraftCheckId, DraftInput } from '../../../src/core/draft/check-types.ts';
import { mail } from '../support/mail.ts';

// A buyer's inquiry and a seller's complete first quotation to it; tests change one thing.

export const INQUIRY = mail({
  subject: 'Inquiry: brass ball valves',
  body: `Dear Sir,

We are a distributor of bathroom fittings in Germany and interested in your brass ball valves,
model HV-200.

Please quote for 5,000 pcs, FOB Ningbo. What is your MOQ? Also please advise the lead time
and payment terms.
Do you have CE certificate?

Best regards,
Daniel Weber
Kessler Haustechnik GmbH`,
});

export const SIGNATURE = `Best regards,
Linda Wang
Sales Manager
Ningbo Hongda Valve Co., Ltd.
Tel: +86 574 8765 4321
Email: linda@hongda-valves.com
Web: www.hongda-valves.com`;

export const QUOTATION = `Dear Mr. Weber,

Thank you for your inquiry about our brass ball valves. Quality, quantity and delivery time
can all be met.

Model HV-200, 1/2 inch, CE certified (certificate attached):
- 5,000 pcs: USD 3.20/pc FOB Ningbo
- MOQ: 1,000 pcs
- Payment: 30% T/T deposit, 70% balance before shipment
- Lead time: 25 days after deposit
- This offer is valid for 30 days.

We can send a free sample by courier, you pay the freight only.

${SIGNATURE}`;

export const NOW = new Date('2026-11-02T08:00:00Z');

export function input(changes: Partial<DraftInput> = {}): DraftInput {
  return {
    draftText: QUOTATION,
    buyerMessage: INQUIRY,
    replyKey: 'A',
    isFirstQuotation: true,
    attachments: [{ name: 'Quotation HV-200.pdf' }],
    buyerName: 'Daniel Weber',
    profile: { companyName: 'Ningbo Hongda Valve' },
    now: NOW,
    ...changes,
  };
}

export function checkOf(id: DraftCheckId, changes: Partial<DraftInput> = {}): DraftCheck {
  const found = checkDraft(input(changes)).find((check) => check.id === id);
  if (!found) throw new Error(`no ${id} check`);
  return found;
}

export const okAndDetail = (check: DraftCheck) => [check.ok, check.detail];
