import { z } from 'zod';
import { mailMessageSchema } from '../core/message.ts';
import { replySchema } from './message-error.ts';

// Sent by the content script. The tab and window come from the sender, which the browser
// fills in, never from the message.

const readingSchema = z.discriminatedUnion('status', [
  z.object({
    status: z.enum(['ok', 'degraded']),
    messageKey: z.string().min(1),
    message: mailMessageSchema,
  }),
  z.object({
    status: z.literal('unreadable'),
    failed: z.array(z.string()),
  }),
]);

export const pageReadSchema = z.object({
  type: z.literal('page-read'),
  url: z.url({ protocol: /^https$/ }),
  reading: readingSchema,
});

export const contentToBackgroundSchema = z.discriminatedUnion('type', [pageReadSchema]);

export const pageReadReplySchema = replySchema(z.null());

export type PageRead = z.infer<typeof pageReadSchema>;
export type PageReading = z.infer<typeof readingSchema>;
export type ContentToBackground = z.infer<typeof contentToBackgroundSchema>;
