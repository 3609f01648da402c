import { z } from 'zod';
import { factorOverrideSchema } from './panel-to-background.ts';
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

// One panel saved or undid an override: every panel showing that message follows.
export const overridesChangedSchema = z.object({
  type: z.literal('overrides-changed'),
  messageKey: z.string(),
  overrides: z.array(factorOverrideSchema),
});

// The prospect book changed (a step fell due, was done or snoozed, a plan moved): panels
// showing the Today view or a buyer ask again.
export const bookChangedSchema = z.object({ type: z.literal('book-changed') });

export const backgroundToPanelSchema = z.discriminatedUnion('type', [
  stateChangedSchema,
  tabClosedSchema,
  overridesChangedSchema,
  bookChangedSchema,
]);

export type BackgroundToPanel = z.infer<typeof backgroundToPanelSchema>;
