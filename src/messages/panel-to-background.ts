import { z } from 'zod';
import { replySchema } from './message-error.ts';
import { tabStateSchema } from './tab-state.ts';

// Sent by the side panel (or the panel page opened as a tab). Replies sit beside the request.

export const getStateSchema = z.object({
  type: z.literal('get-state'),
  // The side panel's window; null when the panel page is an ordinary tab: any mail tab then.
  windowId: z.number().int().nullable(),
});

export const gradeAnywaySchema = z.object({
  type: z.literal('grade-anyway'),
  tabId: z.number().int(),
});

export const panelToBackgroundSchema = z.discriminatedUnion('type', [
  getStateSchema,
  gradeAnywaySchema,
]);

export const getStateReplySchema = replySchema(tabStateSchema.nullable());
export const gradeAnywayReplySchema = replySchema(tabStateSchema);

export type GetState = z.infer<typeof getStateSchema>;
export type GradeAnyway = z.infer<typeof gradeAnywaySchema>;
export type PanelToBackground = z.infer<typeof panelToBackgroundSchema>;
