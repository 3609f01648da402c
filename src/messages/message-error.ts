import { z } from 'zod';

// Failures cross extension messaging as data (a thrown Error does not survive structured
// cloning), then become a MessageError again on the side that asked.

export const MESSAGE_ERROR_CODES = [
  'invalid-message',
  'unknown-tab',
  'grade-failed',
  'internal',
] as const;

export const messageErrorSchema = z.object({
  code: z.enum(MESSAGE_ERROR_CODES),
  message: z.string(),
  // zod's issue paths and messages, for invalid-message only.
  issues: z.array(z.string()).default([]),
});

export type MessageErrorData = z.infer<typeof messageErrorSchema>;

export class MessageError extends Error {
  override name = 'MessageError';
  readonly code: MessageErrorData['code'];
  readonly issues: string[];

  constructor(data: MessageErrorData, options?: ErrorOptions) {
    super(data.message, options);
    this.code = data.code;
    this.issues = data.issues;
  }

  toData(): MessageErrorData {
    return { code: this.code, message: this.message, issues: this.issues };
  }
}

export function invalidMessage(error: z.ZodError): MessageError {
  const issues = error.issues.map(
    (issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`,
  );
  return new MessageError({ code: 'invalid-message', message: 'Message refused', issues });
}

// Every reply has this shape, so a caller can tell "no answer" from "answered with an error".
export function replySchema<Data extends z.ZodType>(data: Data) {
  return z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), data }),
    z.object({ ok: z.literal(false), error: messageErrorSchema }),
  ]);
}

export type Reply<Data> = { ok: true; data: Data } | { ok: false; error: MessageErrorData };
