import { clip } from '../text/find.ts';
import { findSignature } from '../text/signature.ts';
import { splitQuoted } from '../text/split-mail.ts';
import { attachmentsCheck } from './attachments-check.ts';
import { extractBuyerRequests } from './buyer-requests.ts';
import type { AnswersCheck, DraftCheck, DraftInput } from './check-types.ts';
import { isCovered } from './coverage.ts';
import { lengthCheck } from './length-check.ts';
import { QUOTATION_CHECKS } from './quotation-checks.ts';
import { salutationCheck } from './salutation.ts';
import { signatureCheck } from './signature-check.ts';

// The draft held to method.md section 3 while the seller types. Only the checks that apply are
// returned, in DRAFT_CHECK_IDS order: no "answers" without a buyer mail, no trade terms and no
// attachment rule outside a quotation. Nothing here blocks sending; the panel only shows it.

const SIGNATURE_FALLBACK_LINES = 8;

export type DraftParts = { body: string; signature: string };

export function draftParts(draftText: string): DraftParts {
  const own = splitQuoted(draftText.replace(/\r\n?/g, '\n')).text;
  const { body, signature } = findSignature(own);
  if (signature) return { body, signature };

  // No closing line: the contact block, if any, is the last paragraph.
  const lastParagraph = own.split(/\n\s*\n/).at(-1) ?? '';
  return {
    body: own,
    signature: lastParagraph.split('\n').slice(-SIGNATURE_FALLBACK_LINES).join('\n'),
  };
}

export function checkDraft(input: DraftInput): DraftCheck[] {
  const { body, signature } = draftParts(input.draftText);
  const isQuotation = input.isQuotation ?? input.isFirstQuotation;
  const context = { body, attachments: input.attachments, now: input.now };
  const checks: DraftCheck[] = [salutationCheck(body, input.buyerName)];

  if (input.buyerMessage) checks.push(answersCheck(input, body));
  if (isQuotation) checks.push(...QUOTATION_CHECKS.map((check) => check(context)));
  checks.push(signatureCheck(signature, input.profile));
  if (input.isFirstQuotation) checks.push(attachmentsCheck(input.attachments));
  checks.push(lengthCheck({ body, replyKey: input.replyKey, attachments: input.attachments }));

  return checks;
}

function answersCheck(input: DraftInput, body: string): AnswersCheck {
  const requests = input.buyerMessage ? extractBuyerRequests(input.buyerMessage) : [];
  const answered = requests.filter((request) => isCovered(request, body));
  const open = requests.filter((request) => !answered.includes(request));

  return {
    id: 'answers',
    ok: open.length === 0,
    detail: answersDetail(requests.length, open),
    answered,
    open,
  };
}

function answersDetail(total: number, open: AnswersCheck['open']): string {
  if (total === 0) return 'no questions found';
  if (open.length === 0) return `all ${total} answered`;

  return clip(
    `${open.length} of ${total} open: ${open.map((request) => request.label).join('; ')}`,
    160,
  );
}
