import { z } from 'zod';
import { DEFAULT_TEMPLATES, defaultTemplate } from './default-templates.ts';
import { REPLY_KEYS, type ReplyKey } from './reply-keys.ts';
import type { ReplyTemplate } from './reply-template.ts';

// What the user changed, never a copy of the defaults: a built-in template the user did not
// touch follows the product's wording when a new version improves it.

const keySchema = z.enum(REPLY_KEYS);
const textSchema = z.object({
  title: z.string().trim().min(1).max(120),
  body: z.string().trim().min(1).max(20_000),
});

export const storedTemplatesSchema = z.object({
  // Built-in template id -> the user's wording of it.
  edited: z.record(z.string(), textSchema).default({}),
  added: z
    .array(textSchema.extend({ id: z.string().regex(/^user-[\w-]+$/), key: keySchema }))
    .default([]),
  // Empty on purpose when the mail client adds the user's own signature below the reply.
  signature: z.string().max(2000).default(''),
});

export type StoredTemplates = z.infer<typeof storedTemplatesSchema>;

export const emptyStoredTemplates = (): StoredTemplates => storedTemplatesSchema.parse({});

// The templates the user sees: the defaults with their edits, then their own.
export function templatesFrom(stored: StoredTemplates): ReplyTemplate[] {
  const builtIn = DEFAULT_TEMPLATES.map((template) => ({
    ...template,
    ...stored.edited[template.id],
  }));
  const added = stored.added.map((template) => ({ ...template, builtIn: false }));

  return [...builtIn, ...added];
}

export type TemplateDraft = { id: string | null; key: ReplyKey; title: string; body: string };

// A draft without an id is a new template of the user's; newId is passed in (the core has no
// randomness of its own).
export function saveTemplate(
  stored: StoredTemplates,
  draft: TemplateDraft,
  newId: () => string,
): StoredTemplates {
  const text = { title: draft.title.trim(), body: draft.body.trim() };
  const builtIn = draft.id ? defaultTemplate(draft.id) : null;

  if (builtIn) {
    return { ...stored, edited: { ...stored.edited, [builtIn.id]: text } };
  }

  const existing = stored.added.find((template) => template.id === draft.id);
  if (existing) {
    const added = stored.added.map((t) => (t === existing ? { ...t, ...text, key: draft.key } : t));
    return { ...stored, added };
  }

  return { ...stored, added: [...stored.added, { id: newId(), key: draft.key, ...text }] };
}

// Deleting a built-in template only takes back the user's wording of it.
export function deleteTemplate(stored: StoredTemplates, id: string): StoredTemplates {
  const { [id]: _removed, ...edited } = stored.edited;
  return { ...stored, edited, added: stored.added.filter((template) => template.id !== id) };
}

// Back to the product's wording: one built-in template, or all of them. The user's own
// templates stay; deleting them is a separate, deliberate act.
export function resetTemplates(stored: StoredTemplates, id: string | null): StoredTemplates {
  if (id === null) return { ...stored, edited: {} };

  const { [id]: _reset, ...edited } = stored.edited;
  return { ...stored, edited };
}

export function isEdited(stored: StoredTemplates, id: string): boolean {
  return id in stored.edited;
}
