import { useEffect, useState } from 'preact/hooks';
import { unknownPlaceholders, VARIABLE_NAMES } from '../core/replies/fill-template.ts';
import { REPLY_KEYS, type ReplyKey } from '../core/replies/reply-keys.ts';
import type { TemplateDraft } from '../core/replies/stored-templates.ts';
import { templatesFor } from '../core/replies/suggest.ts';
import type { ReplySettings, StoredReplyTemplate } from '../messages/reply-port.ts';
import { translateOr, useTranslate } from '../panel/i18n.ts';

// The reply templates in settings: edit the built-in ones (and reset them), add and delete
// your own, and set the signature that fills {{signature}}. Mount it on the options page
// with templatePorts from ./template-ports.ts; the worker keeps the templates.

export type TemplatePorts = {
  load(): Promise<ReplySettings>;
  save(template: TemplateDraft): Promise<ReplySettings>;
  remove(id: string): Promise<ReplySettings>;
  // null: every built-in template; the user's own stay.
  reset(id: string | null): Promise<ReplySettings>;
  saveSignature(signature: string): Promise<ReplySettings>;
};

const NEW = 'new';

type Status = { state: 'idle' | 'saving' | 'saved' | 'failed'; message: string };

export function TemplateEditor({ ports }: { ports: TemplatePorts }) {
  const t = useTranslate();
  const text = (key: string, english: string) => translateOr(t, key, english);
  const [settings, setSettings] = useState<ReplySettings | null>(null);
  const [key, setKey] = useState<ReplyKey>('A');
  const [selected, setSelected] = useState<string | null>(null);
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [signature, setSignature] = useState('');
  const [status, setStatus] = useState<Status>({ state: 'idle', message: '' });

  const run = async (action: () => Promise<ReplySettings>, after?: (s: ReplySettings) => void) => {
    setStatus({ state: 'saving', message: text('templates_saving', 'Saving…') });
    try {
      const next = await action();
      setSettings(next);
      setSignature(next.signature);
      after?.(next);
      setStatus({ state: 'saved', message: text('templates_saved', 'Saved.') });
    } catch (error) {
      setStatus({
        state: 'failed',
        message: error instanceof Error ? error.message : String(error),
      });
    }
  };

  useEffect(() => {
    ports.load().then(
      (loaded) => {
        setSettings(loaded);
        setSignature(loaded.signature);
      },
      (error: unknown) => setStatus({ state: 'failed', message: String(error) }),
    );
  }, [ports]);

  const forKey = settings ? templatesFor(settings.templates, key) : [];
  const current: StoredReplyTemplate | null =
    selected === NEW ? null : (forKey.find((t) => t.id === selected) ?? forKey[0] ?? null);

  // The fields follow the chosen template until the user types in them.
  const currentId = selected === NEW ? NEW : (current?.id ?? null);
  useEffect(() => {
    setTitle(current?.title ?? '');
    setBody(current?.body ?? '');
  }, [currentId, current?.title, current?.body]);

  if (!settings) {
    return (
      <section class="reply-templates" data-testid="reply-templates" aria-busy="true">
        <p role="status">{status.message}</p>
      </section>
    );
  }

  const unknown = unknownPlaceholders(body);
  const draft: TemplateDraft = { id: current?.id ?? null, key, title, body };
  const canSave = title.trim() !== '' && body.trim() !== '' && status.state !== 'saving';

  return (
    <section class="reply-templates" data-testid="reply-templates">
      <h2>{text('templates_heading', 'Reply templates')}</h2>

      <label>
        {text(
          'templates_signature',
          'Your signature (fills {{signature}}; leave empty when your mail client adds its own)',
        )}
        <textarea
          data-testid="template-signature"
          rows={4}
          value={signature}
          onInput={(event) => setSignature(event.currentTarget.value)}
        />
      </label>
      <button
        type="button"
        data-testid="template-signature-save"
        onClick={() => void run(() => ports.saveSignature(signature))}
      >
        {text('templates_saveSignature', 'Save signature')}
      </button>

      <label>
        {text('templates_for', 'Replies for')}
        <select
          data-testid="template-key"
          value={key}
          onChange={(event) => {
            setKey(event.currentTarget.value as ReplyKey);
            setSelected(null);
          }}
        >
          {REPLY_KEYS.map((option) => (
            <option key={option} value={option}>
              {option.length === 1 ? `Class ${option}` : option.replaceAll('_', ' ')}
            </option>
          ))}
        </select>
      </label>

      <label>
        {text('templates_template', 'Template')}
        <select
          data-testid="template-choice"
          value={currentId ?? NEW}
          onChange={(event) => setSelected(event.currentTarget.value)}
        >
          {forKey.map((option) => (
            <option key={option.id} value={option.id}>
              {option.title}
              {option.builtIn ? '' : ' ✎'}
            </option>
          ))}
          <option value={NEW}>{text('templates_new', 'New template…')}</option>
        </select>
      </label>

      <label>
        {text('templates_title', 'Title')}
        <input
          data-testid="template-title"
          value={title}
          onInput={(e) => setTitle(e.currentTarget.value)}
        />
      </label>
      <label>
        {text('templates_body', 'Text')}
        <textarea
          data-testid="template-body"
          rows={16}
          value={body}
          onInput={(event) => setBody(event.currentTarget.value)}
        />
      </label>
      <p class="hint">
        {text('templates_variables', 'Filled from the mail and settings:')}{' '}
        {VARIABLE_NAMES.map((name) => `{{${name}}}`).join(' ')}
      </p>
      {unknown.length > 0 ? (
        <p class="error" role="alert" data-testid="template-unknown">
          {text('templates_unknown', 'Not a known variable:')} {unknown.join(', ')}
        </p>
      ) : null}

      <div class="template-actions">
        <button
          type="button"
          data-testid="template-save"
          disabled={!canSave}
          onClick={() =>
            void run(
              () => ports.save(draft),
              (next) => keepSelection(next, draft),
            )
          }
        >
          {text('templates_save', 'Save template')}
        </button>
        {current?.builtIn && current.edited ? (
          <button
            type="button"
            data-testid="template-reset"
            onClick={() => void run(() => ports.reset(current.id))}
          >
            {text('templates_reset', 'Back to the default wording')}
          </button>
        ) : null}
        {current && !current.builtIn ? (
          <button
            type="button"
            data-testid="template-delete"
            onClick={() =>
              void run(
                () => ports.remove(current.id),
                () => setSelected(null),
              )
            }
          >
            {text('templates_delete', 'Delete template')}
          </button>
        ) : null}
        <button
          type="button"
          data-testid="templates-reset-all"
          onClick={() => void run(() => ports.reset(null))}
        >
          {text('templates_resetAll', 'Reset all built-in templates')}
        </button>
      </div>
      <p data-testid="templates-status" data-state={status.state} role="status">
        {status.message}
      </p>
    </section>
  );

  // A new template, once saved, stays the one on screen.
  function keepSelection(next: ReplySettings, saved: TemplateDraft) {
    if (saved.id !== null) return;

    const added = templatesFor(next.templates, saved.key)
      .filter((t) => !t.builtIn)
      .at(-1);
    setSelected(added?.id ?? null);
  }
}
