import type { FeedbackKind, InquiryClass } from '../grade-types.ts';
import type { Attachment, MailMessage } from '../message.ts';
import type { BuyerRequest } from './buyer-requests.ts';

// The panel renders one row per check (data-check = id, data-ok): ids and their order are a
// contract with it and with its translations.
export const DRAFT_CHECK_IDS = [
  'salutation',
  'answers',
  'price',
  'incoterm',
  'payment',
  'lead-time',
  'validity',
  'moq',
  'signature',
  'attachments',
  'length',
] as const;
export type DraftCheckId = (typeof DRAFT_CHECK_IDS)[number];

export const QUOTATION_CHECK_IDS = [
  'price',
  'incoterm',
  'payment',
  'lead-time',
  'validity',
  'moq',
] as const satisfies readonly DraftCheckId[];

// `detail` quotes the words found, or says in a few words what is missing.
export type PlainCheck = { id: Exclude<DraftCheckId, 'answers'>; ok: boolean; detail: string };

export type AnswersCheck = {
  id: 'answers';
  ok: boolean;
  detail: string;
  answered: BuyerRequest[];
  open: BuyerRequest[];
};

export type DraftCheck = PlainCheck | AnswersCheck;

// What the reply answers: a new inquiry by its class, or a buyer's reply by its kind (the same
// keys the suggested replies use).
export type ReplyKey = InquiryClass | FeedbackKind;

// Only the parts of the seller's profile a signature is held to; SellerProfile fits.
export type DraftProfile = { companyName: string; senderName?: string | null };

export type DraftInput = {
  draftText: string;
  // null when the seller writes first (outreach): nothing to answer.
  buyerMessage: MailMessage | null;
  replyKey: ReplyKey;
  isFirstQuotation: boolean;
  // A later offer (a revised price, a PI) is held to the same terms; defaults to isFirstQuotation.
  isQuotation?: boolean;
  attachments: Attachment[];
  buyerName: string | null;
  profile: DraftProfile;
  // Only an offer's written validity date is compared with it.
  now?: Date;
};
