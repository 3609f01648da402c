import { CLASSES, FEEDBACK_KINDS } from '../grade-types.ts';
import { CLASS_TEMPLATES } from './class-templates.ts';
import { FEEDBACK_TEMPLATES } from './feedback-templates.ts';
import { defaultTemplateId, type ReplyTemplate } from './reply-template.ts';

// One built-in template per class and per buyer-reply kind, in that order.
export const DEFAULT_TEMPLATES: readonly ReplyTemplate[] = [
  ...CLASSES.map((key) => ({ key, ...CLASS_TEMPLATES[key] })),
  ...FEEDBACK_KINDS.map((key) => ({ key, ...FEEDBACK_TEMPLATES[key] })),
].map((draft) => ({ ...draft, id: defaultTemplateId(draft.key), builtIn: true }));

export function defaultTemplate(id: string): ReplyTemplate | null {
  return DEFAULT_TEMPLATES.find((template) => template.id === id) ?? null;
}
