import { z } from 'zod';
import {
  CLASSES,
  FACTORS,
  type Factor,
  FEEDBACK_KINDS,
  type GateReason,
  type Grade,
} from '../core/grade-types.ts';

// The core describes a Grade with plain types; a grade that crosses messaging is checked
// against this mirror, and the type test at the foot keeps the two from drifting apart.

const GATE_REASONS = [
  'own-mail',
  'quote-reply',
  'mailing-list',
  'no-trade-content',
  'trade-inquiry',
  'solicitation',
  'forced',
] as const satisfies readonly GateReason[];

const factorSchema = z.enum(FACTORS);
const reasonSchema = z.enum(GATE_REASONS);

const factorScoresSchema = z.object(
  Object.fromEntries(FACTORS.map((factor) => [factor, z.number()])) as Record<Factor, z.ZodNumber>,
);

const inquiryGradeSchema = z.object({
  kind: z.literal('inquiry'),
  reason: reasonSchema,
  language: z.string().nullable(),
  class: z.enum(CLASSES),
  total: z.number(),
  factors: factorScoresSchema,
  evidence: z.array(
    z.object({
      ruleId: z.string(),
      factor: factorSchema,
      points: z.number(),
      evidence: z.string(),
    }),
  ),
  redFlags: z.array(
    z.object({ id: z.string(), strength: z.enum(['strong', 'weak']), evidence: z.string() }),
  ),
  fitNeutral: z.boolean(),
});

const replyGradeSchema = z.object({
  kind: z.literal('reply'),
  reason: reasonSchema,
  language: z.string().nullable(),
  feedbackKinds: z.array(z.enum(FEEDBACK_KINDS)),
  evidence: z.array(z.object({ kind: z.enum(FEEDBACK_KINDS), evidence: z.string() })),
});

const otherGradeSchema = z.object({
  kind: z.literal('other'),
  reason: reasonSchema,
  language: z.string().nullable(),
});

export const gradeSchema = z.discriminatedUnion('kind', [
  inquiryGradeSchema,
  replyGradeSchema,
  otherGradeSchema,
]);

type Same<A, B> =
  (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

// Fails to compile when grade-types.ts gains or changes a field this schema does not know.
export const gradeSchemaMatchesCore: Same<z.infer<typeof gradeSchema>, Grade> = true;
