import { z } from 'zod';
import { mailMessageSchema } from '../core/message.ts';
import { gradeSchema } from './grade-schema.ts';
import { messageErrorSchema } from './message-error.ts';

// What the worker keeps for one mail tab (in storage.session) and the panel shows.

const outcomeSchema = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('graded'),
    grade: gradeSchema,
    // The user pressed "grade it anyway": kept while the same message stays open.
    forced: z.boolean(),
  }),
  z.object({
    status: z.literal('unreadable'),
    // The reader's probes that found nothing (thread.id, openMessage.body, ...).
    failed: z.array(z.string()),
  }),
  z.object({ status: z.literal('grade-failed'), error: messageErrorSchema }),
]);

export const tabStateSchema = z.object({
  tabId: z.number().int(),
  windowId: z.number().int(),
  url: z.string(),
  // Milliseconds since the epoch; the highest one in a window is the message the panel shows.
  readAt: z.number(),
  // Identifies the open message across re-reads of the same page (thread and message ids).
  messageKey: z.string().nullable(),
  message: mailMessageSchema.nullable(),
  outcome: outcomeSchema,
});

export type TabState = z.infer<typeof tabStateSchema>;
export type Outcome = z.infer<typeof outcomeSchema>;
