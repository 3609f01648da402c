import { z } from 'zod';
import { replySchema } from './message-error.ts';

// Sent by the worker to the content script of one mail tab (tabs.sendMessage). The content
// script answers with what happened in the page; nothing here carries markup.

// Long enough for any reply a person writes, short enough that a bad message cannot stall
// the page's editor.
export const REPLY_TEXT_MAX = 20_000;

export const insertReplySchema = z.object({
  type: z.literal('insert-reply'),
  // The message the panel showed when the user clicked: the page must still show it.
  messageKey: z.string().min(1),
  text: z.string().min(1).max(REPLY_TEXT_MAX),
});

export const backgroundToContentSchema = z.discriminatedUnion('type', [insertReplySchema]);

export const INSERT_FAILURES = [
  // The page now shows another message than the one the reply was written for.
  'message-changed',
  'unreadable',
  // No reply box was open and the client's Reply control could not be found.
  'no-reply-button',
  // Reply was clicked, but no reply box for this message appeared in time.
  'no-reply-box',
  // The editor refused the text (the page cancelled it, or nothing changed).
  'not-inserted',
  // Another insertion into this page is still running.
  'busy',
  // No content script answered in the tab (reloaded extension, tab no longer a mail page).
  'no-content-script',
] as const;

export const insertResultSchema = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('inserted'),
    openedReply: z.boolean(),
    at: z.enum(['caret', 'above-signature', 'end']),
    // exec-command: the browser's own typing path (beforeinput/input, one undo step).
    // dom-fallback: nodes inserted and input dispatched, no undo step.
    // page-handled: the page's editor took the beforeinput and inserted the text itself.
    method: z.enum(['exec-command', 'dom-fallback', 'page-handled']),
  }),
  z.object({ status: z.literal('failed'), reason: z.enum(INSERT_FAILURES) }),
]);

export const insertReplyReplySchema = replySchema(insertResultSchema);

export type InsertReply = z.infer<typeof insertReplySchema>;
export type BackgroundToContent = z.infer<typeof backgroundToContentSchema>;
export type InsertResult = z.infer<typeof insertResultSchema>;
export type InsertFailure = (typeof INSERT_FAILURES)[number];
