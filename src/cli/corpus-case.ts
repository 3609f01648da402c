import { z } from 'zod';
import { CLASSES, FEEDBACK_KINDS } from '../core/grade-types.ts';
import { addressSchema, type MailMessage, mailContextSchema } from '../core/message.ts';

// One line of a corpus file (shared/corpus/README.md). The message is close to the core's
// type; replyTo is a single address or null there, and inquiries carry no quotedText.

const corpusMessageSchema = z.object({
  from: addressSchema,
  replyTo: addressSchema.nullable().optional(),
  to: z.array(addressSchema).default([]),
  cc: z.array(addressSchema).default([]),
  subject: z.string().default(''),
  date: z.string().nullable().optional(),
  bodyText: z.string(),
  signatureText: z.string().nullable().optional(),
  quotedText: z.string().nullable().optional(),
  attachments: z.array(z.object({ name: z.string() })).default([]),
  links: z
    .array(z.object({ href: z.string(), text: z.string().nullable().optional() }))
    .default([]),
});

export const expectedSchema = z.object({
  kind: z.enum(['inquiry', 'reply']),
  class: z.enum(CLASSES).nullable().optional(),
  acceptable: z.array(z.enum(CLASSES)).optional(),
  feedbackKinds: z.array(z.enum(FEEDBACK_KINDS)).optional(),
});

export const corpusCaseSchema = z.object({
  id: z.string(),
  message: corpusMessageSchema,
  context: mailContextSchema.partial().optional(),
  expected: expectedSchema.optional(),
});

export type CorpusCase = z.infer<typeof corpusCaseSchema>;
export type Expected = z.infer<typeof expectedSchema>;

export function caseMessage(entry: CorpusCase): MailMessage {
  const m = entry.message;
  return {
    ...m,
    replyTo: m.replyTo ? [m.replyTo] : [],
    date: m.date ?? null,
    quotedText: m.quotedText ?? null,
    links: m.links.map((link) => ({ href: link.href, text: link.text ?? null })),
  };
}
