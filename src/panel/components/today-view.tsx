import { useEffect, useState } from 'preact/hooks';
import { type Language, stepText } from '../../background/reminders/step-text.ts';
import type { DueStepView } from '../../messages/panel-to-background.ts';
import type { TodayModel, TodaySnapshot } from '../today/today-model.ts';
import { localTime, relativeTime, word } from '../today/today-text.ts';
import { BuyerCard } from './buyer-card.tsx';
import './today-view.css';

// The Today view: every follow-up due across the book, oldest first (alerts on top), each
// with done, snooze and open-the-thread; above them, the buyer of the message open beside
// the panel. data-testid="due-step" on each step is a contract with outside tests.

export function useTodaySnapshot(model: TodayModel): TodaySnapshot {
  const [snapshot, setSnapshot] = useState(model.snapshot());

  useEffect(() => {
    const unsubscribe = model.subscribe(() => setSnapshot(model.snapshot()));
    setSnapshot(model.snapshot());
    return unsubscribe;
  }, [model]);

  return snapshot;
}

type StepProps = {
  step: DueStepView;
  now: number;
  busy: boolean;
  model: TodayModel;
  language: Language;
};

function DueStep({ step, now, busy, model, language }: StepProps) {
  const who = step.buyer.name ?? step.buyer.email ?? '?';
  const flag = step.urgency === 'due' ? null : word(step.urgency, language);

  return (
    <li
      class={`due-step urgency-${step.urgency}`}
      data-testid="due-step"
      data-step-id={step.id}
      data-purpose={step.purpose}
      data-urgency={step.urgency}
    >
      <div class="due-step-head">
        {step.inquiryClass ? (
          <span class={`class-chip class-${step.inquiryClass}`}>{step.inquiryClass}</span>
        ) : null}
        <strong>{who}</strong>
        {step.buyer.company ? <span class="muted"> · {step.buyer.company}</span> : null}
      </div>
      <div data-testid="due-step-text">{stepText(step, language)}</div>
      <div class="muted">
        {flag ? <span class="due-flag">{flag} · </span> : null}
        <time dateTime={new Date(step.dueAt).toISOString()} title={localTime(step.dueAt, language)}>
          {relativeTime(step.dueAt, now, language)}
        </time>
        {step.callBy ? ` · ${word('callBy', language)} ${localTime(step.callBy, language)}` : null}
      </div>
      {step.subject ? <div class="muted due-step-subject">{step.subject}</div> : null}
      <div class="due-step-actions">
        <button
          type="button"
          data-testid="step-done"
          disabled={busy}
          onClick={() => void model.markDone(step.id)}
        >
          {word('done', language)}
        </button>
        <button
          type="button"
          data-testid="step-snooze"
          disabled={busy}
          onClick={() => void model.snooze(step.id)}
        >
          {word('snooze', language)}
        </button>
        <button
          type="button"
          data-testid="step-open"
          onClick={() => void model.openThread(step.threadUrl)}
        >
          {word('open', language)}
        </button>
      </div>
    </li>
  );
}

export function TodayView({ model, language }: { model: TodayModel; language: Language }) {
  const snapshot = useTodaySnapshot(model);
  const { today } = snapshot;
  const hidden = today ? today.total - today.steps.length : 0;

  return (
    <section class="today" data-testid="today-view" aria-busy={!snapshot.loaded}>
      <BuyerCard snapshot={snapshot} model={model} language={language} />
      <h2>
        {word('heading', language)}
        {today ? (
          <span data-testid="due-count">
            {' '}
            · {today.total} {word('dueCount', language)}
          </span>
        ) : null}
      </h2>
      {today && today.steps.length === 0 ? (
        <p class="muted" data-testid="today-empty">
          {word('nothingDue', language)}
        </p>
      ) : null}
      <ul class="due-steps" aria-live="polite">
        {today?.steps.map((step) => (
          <DueStep
            key={step.id}
            step={step}
            now={today.now}
            busy={snapshot.busy !== null}
            model={model}
            language={language}
          />
        ))}
      </ul>
      {hidden > 0 ? (
        <p class="muted">
          +{hidden} {word('more', language)}
        </p>
      ) : null}
      {snapshot.error ? (
        <p class="error" role="alert">
          {snapshot.error}
        </p>
      ) : null}
    </section>
  );
}
