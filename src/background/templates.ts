import {
  deleteTemplate,
  emptyStoredTemplates,
  isEdited,
  resetTemplates,
  type StoredTemplates,
  saveTemplate,
  storedTemplatesSchema,
  templatesFrom,
} from '../core/replies/stored-templates.ts';
import type { ReplyPortRequest, ReplySettings } from '../messages/reply-port.ts';
import { browser } from '../platform/browser.ts';
import { log } from '../platform/log.ts';
import { loadGradingSettings } from './settings.ts';

// The reply templates the user edited or added, and their signature, in storage.local (they
// are settings: they must outlive the browser session). Read afresh for every request: the
// worker keeps nothing in memory.

const TEMPLATES_KEY = 'replyTemplates';

type TemplateRequest = Exclude<ReplyPortRequest, { type: 'insert-reply' }>;

async function loadStored(): Promise<StoredTemplates> {
  const stored = (await browser.storage.local.get(TEMPLATES_KEY))[TEMPLATES_KEY];
  if (stored === undefined) return emptyStoredTemplates();

  const parsed = storedTemplatesSchema.safeParse(stored);
  if (parsed.success) return parsed.data;

  // Kept in storage untouched until the user saves again, so a newer version can still read it.
  log.warn('ignoring stored reply templates that do not parse', parsed.error.issues);
  return emptyStoredTemplates();
}

async function store(stored: StoredTemplates): Promise<void> {
  await browser.storage.local.set({ [TEMPLATES_KEY]: stored });
}

export async function loadReplySettings(): Promise<ReplySettings> {
  const [stored, { profile }] = await Promise.all([loadStored(), loadGradingSettings()]);
  const templates = templatesFrom(stored).map((template) => ({
    ...template,
    edited: template.builtIn && isEdited(stored, template.id),
  }));

  return { templates, signature: stored.signature, companyName: profile.companyName };
}

function changed(stored: StoredTemplates, request: TemplateRequest): StoredTemplates | null {
  switch (request.type) {
    case 'get-reply-templates':
      return null;
    case 'save-reply-template':
      return saveTemplate(stored, request.template, () => `user-${crypto.randomUUID()}`);
    case 'delete-reply-template':
      return deleteTemplate(stored, request.id);
    case 'reset-reply-templates':
      return resetTemplates(stored, request.id);
    case 'save-reply-signature':
      return { ...stored, signature: request.signature.trim() };
  }
}

// Every request answers with the settings as they now stand, so the editor never shows a
// state the storage does not hold.
export async function answerTemplateRequest(request: TemplateRequest): Promise<ReplySettings> {
  const next = changed(await loadStored(), request);
  if (next) await store(next);

  return loadReplySettings();
}
