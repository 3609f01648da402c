import { z } from 'zod';
import { tabStateSchema } from './tab-state.ts';

// Broadcast by the worker to every open panel; each panel decides whether it concerns it.

export const stateChangedSchema = z.object({
  type: z.literal('state-changed'),
  state: tabStateSchema,
});

export const tabClosedSchema = z.object({
  type: z.literal('tab-closed'),
  tabId: z.number().int(),
});

export const backgroundToPanelSchema = z.discriminatedUnion('type', [
  stateChangedSchema,
  tabClosedSchema,
]);

export type BackgroundToPanel = z.infer<typeof backgroundToPanelSchema>;
