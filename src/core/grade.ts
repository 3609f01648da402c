import { analyse } from './analysis.ts';
import { classifyReply } from './feedback/classify-reply.ts';
import { gate } from './gate.ts';
import type { Grade } from './grade-types.ts';
import { detectLanguage } from './language.ts';
import {
  type MailContext,
  type MailMessage,
  mailContextSchema,
  type SellerProfile,
  sellerProfileSchema,
} from './message.ts';
import { score } from './score.ts';

export type GradeOptions = {
  context?: Partial<MailContext>;
  profile?: Partial<SellerProfile>;
  // "Grade it anyway": score mail the gate called other as an inquiry.
  force?: boolean;
};

export function gradeMail(message: MailMessage, options: GradeOptions = {}): Grade {
  const context = mailContextSchema.parse(options.context ?? {});
  const profile = sellerProfileSchema.parse(options.profile ?? {});
  const analysis = analyse(message, context, profile);
  const decision = gate(analysis);

  if (decision.kind === 'reply' && !options.force) {
    const kinds = classifyReply(analysis.subject, analysis.body);
    return {
      kind: 'reply',
      reason: decision.reason,
      language: detectLanguage(analysis.body),
      feedbackKinds: kinds.kinds,
      evidence: kinds.evidence,
    };
  }

  // The panel names the language of inquiries and replies only; the detector costs as much as
  // the rest of the grading, and most mail is neither.
  if (decision.kind === 'other' && !options.force) {
    return { kind: 'other', reason: decision.reason, language: null };
  }

  const result = score(analysis);
  return {
    kind: 'inquiry',
    reason: decision.kind === 'inquiry' ? decision.reason : 'forced',
    language: detectLanguage(analysis.body),
    class: result.class,
    total: result.total,
    factors: result.factors,
    evidence: result.evidence,
    redFlags: result.redFlags,
    fitNeutral:
      profile.catalogue.length === 0 && profile.targetMarkets.length === 0 && profile.moq === null,
  };
}
