import { useEffect, useState } from 'preact/hooks';
import type { Language } from '../../background/reminders/step-text.ts';
import { stepText } from '../../background/reminders/step-text.ts';
import { STAGES } from '../../core/cadence/plan-types.ts';
import type { BuyerView } from '../../messages/panel-to-background.ts';
import type { TodayModel, TodaySnapshot } from '../today/today-model.ts';
import { activityText, localTime, stageText, word } from '../today/today-text.ts';

// The buyer of the open message as the book knows them: stage, tags and notes the user can
// change, the inquiries and what comes next for each, and the history.

type Props = { snapshot: TodaySnapshot; model: TodayModel; language: Language };

const tagsText = (tags: readonly string[]) => tags.join(', ');
const tagsOf = (text: string) =>
  text
    .split(/[,，;；]/)
    .map((tag) => tag.trim())
    .filter(Boolean);

function Editor({
  buyer,
  model,
  language,
  busy,
}: {
  buyer: BuyerView;
  model: TodayModel;
  language: Language;
  busy: boolean;
}) {
  const { prospect } = buyer;
  const [notes, setNotes] = useState(prospect.notes);
  const [tags, setTags] = useState(tagsText(prospect.tags));

  // Another panel or the worker changed the buyer: show the book's values.
  useEffect(() => setNotes(prospect.notes), [prospect.notes]);
  useEffect(() => setTags(tagsText(prospect.tags)), [prospect.tags.join('\n')]);

  const save = () => void model.updateProspect({ notes, tags: tagsOf(tags) });

  return (
    <form
      class="buyer-edit"
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
    >
      <label>
        {word('stage', language)}{' '}
        <select
          data-testid="buyer-stage"
          value={prospect.stage}
          disabled={busy}
          onChange={(event) =>
            void model.updateProspect({
              stage: event.currentTarget.value as (typeof STAGES)[number],
            })
          }
        >
          {STAGES.map((stage) => (
            <option key={stage} value={stage}>
              {stageText(stage, language)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {word('tags', language)} <span class="muted">({word('tagsHint', language)})</span>
        <input
          data-testid="buyer-tags"
          value={tags}
          onInput={(event) => setTags(event.currentTarget.value)}
        />
      </label>
      <label>
        {word('notes', language)}
        <textarea
          data-testid="buyer-notes"
          rows={3}
          value={notes}
          onInput={(event) => setNotes(event.currentTarget.value)}
        />
      </label>
      <button type="submit" data-testid="buyer-save" disabled={busy}>
        {word('save', language)}
      </button>
    </form>
  );
}

function Inquiries({ buyer, language }: { buyer: BuyerView; language: Language }) {
  return (
    <ul class="buyer-inquiries">
      {buyer.inquiries.map((inquiry) => (
        <li key={inquiry.id} data-testid="buyer-inquiry" data-plan={inquiry.planState ?? 'none'}>
          <span class={`class-chip class-${inquiry.class}`}>{inquiry.class}</span> {inquiry.subject}
          <div class="muted">
            {inquiry.quotedAt
              ? `${word('quoted', language)} ${localTime(inquiry.quotedAt, language)}`
              : word('notQuoted', language)}
            {inquiry.nextStep ? (
              <span data-testid="buyer-next-step" data-purpose={inquiry.nextStep.purpose}>
                {' '}
                · {word('next', language)}: {stepText(inquiry.nextStep, language)}{' '}
                {localTime(inquiry.nextStep.dueAt, language)}
              </span>
            ) : null}
          </div>
        </li>
      ))}
    </ul>
  );
}

export function BuyerCard({ snapshot, model, language }: Props) {
  const { buyer, open } = snapshot;
  const quoted = buyer?.inquiries.some((inquiry) => inquiry.quotedAt !== null) ?? false;
  const canMarkQuoted = open?.isInquiry === true && !quoted;
  if (!buyer && !open) return null;

  return (
    <section class="buyer-card" data-testid="buyer-card" data-stage={buyer?.prospect.stage ?? ''}>
      <h2>{word('buyer', language)}</h2>
      {buyer ? (
        <>
          <h3 data-testid="buyer-name">
            {buyer.prospect.name ?? buyer.prospect.emails[0] ?? '?'}
            {buyer.prospect.customer ? (
              <span class="muted"> · {word('customer', language)}</span>
            ) : null}
          </h3>
          <p class="muted">
            {[buyer.prospect.company, buyer.prospect.country, buyer.prospect.emails.join(', ')]
              .filter(Boolean)
              .join(' · ')}
          </p>
          <Editor buyer={buyer} model={model} language={language} busy={snapshot.busy !== null} />
          <h2>{word('inquiries', language)}</h2>
          <Inquiries buyer={buyer} language={language} />
          <h2>{word('history', language)}</h2>
          <ol class="buyer-history" data-testid="buyer-history">
            {buyer.history.map((entry) => (
              <li key={entry.id}>
                <span class="muted">{localTime(entry.at, language)}</span>{' '}
                {activityText(entry.kind, language)}
                {entry.detail ? <span class="muted"> · {entry.detail}</span> : null}
              </li>
            ))}
          </ol>
        </>
      ) : (
        <p class="muted">{word('notInBook', language)}</p>
      )}
      {canMarkQuoted ? (
        <button
          type="button"
          data-testid="quotation-sent"
          disabled={snapshot.busy !== null}
          onClick={() => void model.quotationSent()}
        >
          {word('quotationSent', language)}
        </button>
      ) : null}
    </section>
  );
}
