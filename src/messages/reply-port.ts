import { z } from 'zod';
import { REPLY_KEYS } from '../core/replies/reply-keys.ts';
import { insertResultSchema, REPLY_TEXT_MAX } from './background-to-content.ts';
import { replySchema } from './message-error.ts';

// Extension pages (the panel, the options page) and the worker talk about replies over a
// runtime port named REPLY_PORT, one request per port. A port keeps these requests out of
// the worker's one-time message handler, which answers only the panel's own protocol.

export const REPLY_PORT = 'replies';

const replyKeySchema = z.enum(REPLY_KEYS);

export const insertReplyRequestSchema = z.object({
  type: z.literal('insert-reply'),
  tabId: z.number().int(),
  messageKey: z.string().min(1),
  text: z.string().min(1).max(REPLY_TEXT_MAX),
});

export const getReplyTemplatesSchema = z.object({ type: z.literal('get-reply-templates') });

export const saveReplyTemplateSchema = z.object({
  type: z.literal('save-reply-template'),
  template: z.object({
    // null: a new template of the user's.
    id: z.string().nullable(),
    key: replyKeySchema,
    title: z.string().trim().min(1).max(120),
    body: z.string().trim().min(1).max(REPLY_TEXT_MAX),
  }),
});

export const deleteReplyTemplateSchema = z.object({
  type: z.literal('delete-reply-template'),
  id: z.string().min(1),
});

export const resetReplyTemplatesSchema = z.object({
  type: z.literal('reset-reply-templates'),
  // null: every built-in template; the user's own stay.
  id: z.string().nullable(),
});

export const saveReplySignatureSchema = z.object({
  type: z.literal('save-reply-signature'),
  signature: z.string().max(2000),
});

export const replyPortRequestSchema = z.discriminatedUnion('type', [
  insertReplyRequestSchema,
  getReplyTemplatesSchema,
  saveReplyTemplateSchema,
  deleteReplyTemplateSchema,
  resetReplyTemplatesSchema,
  saveReplySignatureSchema,
]);

export const replyTemplateSchema = z.object({
  id: z.string(),
  key: replyKeySchema,
  title: z.string(),
  body: z.string(),
  builtIn: z.boolean(),
  // A built-in template whose wording the user changed: it can be reset.
  edited: z.boolean(),
});

// Everything a reply needs besides the mail: the templates and what fills them.
export const replySettingsSchema = z.object({
  templates: z.array(replyTemplateSchema),
  signature: z.string(),
  companyName: z.string(),
});

export const insertReplyResponseSchema = replySchema(insertResultSchema);
export const replySettingsResponseSchema = replySchema(replySettingsSchema);

export type InsertReplyRequest = z.infer<typeof insertReplyRequestSchema>;
export type ReplyPortRequest = z.infer<typeof replyPortRequestSchema>;
export type ReplySettings = z.infer<typeof replySettingsSchema>;
export type StoredReplyTemplate = z.infer<typeof replyTemplateSchema>;
