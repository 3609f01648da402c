import { useEffect, useMemo, useState } from 'preact/hooks';
import type { InquiryClass } from '../../core/grade-types.ts';
import { type ReplyKey, replyKeysFor } from '../../core/replies/reply-keys.ts';
import { suggestReply, templatesFor } from '../../core/replies/suggest.ts';
import { replyVariables } from '../../core/replies/variables.ts';
import type { InsertResult } from '../../messages/background-to-content.ts';
import type { InsertReplyRequest, ReplySettings } from '../../messages/reply-port.ts';
import type { TabState } from '../../messages/tab-state.ts';
import { translateOr, useTranslate } from '../i18n.ts';

// A reply for the open message, from the templates of its class or reply kind, filled from
// the mail and the settings, editable, with the answer points as a checklist beside it; one
// click puts it into the mail client's reply box. Mount it under the grade: it renders
// nothing for mail that is not an inquiry or a buyer's reply.

export type ReplyPorts = {
  loadReplySettings(): Promise<ReplySettings>;
  insertReply(request: InsertReplyRequest): Promise<InsertResult>;
};

type Props = {
  tab: TabState | null;
  ports: ReplyPorts;
  // The class the panel shows when the user's factor overrides moved it.
  shownClass?: InquiryClass;
};

type InsertState =
  | { state: 'idle' }
  | { state: 'busy' }
  | { state: 'done'; result: InsertResult }
  | { state: 'error'; message: string };

export function ReplySuggestion({ tab, ports, shownClass }: Props) {
  const t = useTranslate();
  const text = (key: string, english: string) => translateOr(t, key, english);
  const settings = useReplySettings(ports);

  const grade = tab?.outcome.status === 'graded' ? tab.outcome.grade : null;
  const keys = useMemo(() => {
    const found = grade ? replyKeysFor(grade) : [];
    return grade?.kind === 'inquiry' && shownClass ? [shownClass] : found;
  }, [grade, shownClass]);

  const [chosenKey, setChosenKey] = useState<ReplyKey | null>(null);
  const [chosenId, setChosenId] = useState<string | null>(null);
  const [draft, setDraft] = useState<string | null>(null);
  const [checked, setChecked] = useState<ReadonlySet<string>>(new Set());
  const [insert, setInsert] = useState<InsertState>({ state: 'idle' });

  // Another message, or another template: start again from the template's text.
  const messageKey = tab?.messageKey ?? null;
  useEffect(() => {
    setChosenKey(null);
    setChosenId(null);
  }, [messageKey]);
  useEffect(() => {
    setDraft(null);
    setChecked(new Set());
    setInsert({ state: 'idle' });
  }, [messageKey, chosenKey, chosenId]);

  const key = chosenKey && keys.includes(chosenKey) ? chosenKey : (keys[0] ?? null);
  if (!tab?.message || !grade || !key) return null;
  if (!settings.value) {
    return settings.error ? (
      <p class="error" role="alert" data-testid="reply-suggestion-error">
        {text('reply_loadFailed', 'Could not load the reply templates:')} {settings.error}
      </p>
    ) : null;
  }

  const templates = templatesFor(settings.value.templates, key);
  const template = templates.find((candidate) => candidate.id === chosenId) ?? templates[0];
  if (!template) return null;

  const variables = replyVariables({
    message: tab.message,
    grade,
    companyName: settings.value.companyName,
    signature: settings.value.signature,
  });
  const suggestion = suggestReply(template, variables);
  const reply = draft ?? suggestion.text;
  const canInsert = messageKey !== null && reply.trim() !== '' && insert.state !== 'busy';

  const onInsert = async () => {
    if (!canInsert || messageKey === null) return;

    setInsert({ state: 'busy' });
    try {
      const result = await ports.insertReply({
        type: 'insert-reply',
        tabId: tab.tabId,
        messageKey,
        text: reply,
      });
      setInsert({ state: 'done', result });
    } catch (error) {
      setInsert({
        state: 'error',
        message: error instanceof Error ? error.message : String(error),
      });
    }
  };

  const toggle = (id: string) => {
    const next = new Set(checked);
    if (!next.delete(id)) next.add(id);
    setChecked(next);
  };

  return (
    <section class="reply-suggestion" data-testid="reply-suggestion" data-key={key}>
      <h2>{text('reply_heading', 'Suggested reply')}</h2>
      {keys.length > 1 ? (
        <select
          data-testid="reply-template-key"
          aria-label={text('reply_kindLabel', 'Answer to')}
          value={key}
          onChange={(event) => setChosenKey(event.currentTarget.value as ReplyKey)}
        >
          {keys.map((option) => (
            <option key={option} value={option}>
              {templatesFor(settings.value?.templates ?? [], option)[0]?.title ?? option}
            </option>
          ))}
        </select>
      ) : null}
      {templates.length > 1 ? (
        <select
          data-testid="reply-template"
          aria-label={text('reply_templateLabel', 'Template')}
          value={template.id}
          onChange={(event) => setChosenId(event.currentTarget.value)}
        >
          {templates.map((option) => (
            <option key={option.id} value={option.id}>
              {option.title}
            </option>
          ))}
        </select>
      ) : (
        <p class="reply-title">{template.title}</p>
      )}
      <textarea
        data-testid="reply-text"
        aria-label={text('reply_textLabel', 'Reply text')}
        rows={14}
        style={{ width: '100%', boxSizing: 'border-box' }}
        value={reply}
        onInput={(event) => setDraft(event.currentTarget.value)}
      />
      <ToFill
        names={[...suggestion.openFields]}
        label={text('reply_toFill', 'Fill in before sending:')}
      />
      <fieldset class="reply-checklist" data-testid="reply-checklist" data-key={key}>
        <legend>{text('reply_checklist', 'Answer points')}</legend>
        {suggestion.points.map((point) => (
          <label key={point.id} data-point={point.id}>
            <input
              type="checkbox"
              checked={checked.has(point.id)}
              onChange={() => toggle(point.id)}
            />{' '}
            {point.text}
          </label>
        ))}
      </fieldset>
      <button
        type="button"
        data-testid="insert-reply"
        disabled={!canInsert}
        onClick={() => void onInsert()}
      >
        {text('reply_insert', 'Insert into the reply')}
      </button>
      <InsertStatus insert={insert} text={text} />
    </section>
  );
}

function ToFill({ names, label }: { names: string[]; label: string }) {
  if (names.length === 0) return null;

  return (
    <p class="reply-to-fill" data-testid="reply-to-fill">
      {label} {names.join(', ')}
    </p>
  );
}

type Text = (key: string, english: string) => string;

const FAILURES: Record<Extract<InsertResult, { status: 'failed' }>['reason'], [string, string]> = {
  'message-changed': ['reply_failMessageChanged', 'The mail page now shows another message.'],
  unreadable: ['reply_failUnreadable', 'The mail page could not be read.'],
  'no-reply-button': ['reply_failNoButton', 'No Reply button found for this message.'],
  'no-reply-box': ['reply_failNoBox', 'The reply box did not open.'],
  'not-inserted': ['reply_failNotInserted', 'The reply box did not take the text.'],
  busy: ['reply_failBusy', 'Another reply is still being inserted.'],
  'no-content-script': ['reply_failNoPage', 'The mail tab is closed or needs a reload.'],
};

function InsertStatus({ insert, text }: { insert: InsertState; text: Text }) {
  const [state, message] = statusOf(insert, text);

  return (
    <p class="insert-status" data-testid="insert-status" data-state={state} role="status">
      {message}
    </p>
  );
}

function statusOf(insert: InsertState, text: Text): [string, string] {
  switch (insert.state) {
    case 'idle':
      return ['idle', ''];
    case 'busy':
      return ['busy', text('reply_inserting', 'Inserting…')];
    case 'error':
      return ['failed', insert.message];
    case 'done': {
      const { result } = insert;
      if (result.status === 'inserted') {
        return [
          'inserted',
          text('reply_inserted', 'Inserted. Check the reply before you send it.'),
        ];
      }

      const [key, english] = FAILURES[result.reason];
      return ['failed', text(key, english)];
    }
  }
}

type Loaded = { value: ReplySettings | null; error: string | null };

function useReplySettings(ports: ReplyPorts): Loaded {
  const [loaded, setLoaded] = useState<Loaded>({ value: null, error: null });

  useEffect(() => {
    let live = true;
    ports.loadReplySettings().then(
      (value) => live && setLoaded({ value, error: null }),
      (error: unknown) => live && setLoaded({ value: null, error: String(error) }),
    );
    return () => {
      live = false;
    };
  }, [ports]);

  return loaded;
}
