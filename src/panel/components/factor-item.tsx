import { useState } from 'preact/hooks';
import type { Factor, InquiryGrade } from '../../core/grade-types.ts';
import { FACTOR_START } from '../../core/score.ts';
import { type FactorOverride, overrideRangeOf } from '../../messages/panel-to-background.ts';
import { useTranslate } from '../i18n.ts';
import { usePanelActions } from '../panel-actions.ts';
import { EvidenceList } from './evidence-list.tsx';
import { OverrideForm } from './override-form.tsx';
import { SettingsLink } from './settings-link.tsx';

type Props = {
  factor: Factor;
  // The grade as shown (overrides applied) and as the scorer gave it.
  grade: InquiryGrade;
  scored: InquiryGrade;
  override: FactorOverride | null;
};

// The bar runs from 0 to the factor's maximum; a tick marks where every mail starts, so
// the user sees which way the evidence moved it.
function FactorBar({
  factor,
  score,
  labelledBy,
  valueText,
}: {
  factor: Factor;
  score: number;
  labelledBy: string;
  valueText: string;
}) {
  const { max } = overrideRangeOf(factor);
  const startAt = `${(FACTOR_START[factor] / max) * 100}%`;

  return (
    <div class="bar-track">
      <meter
        class="bar"
        min={0}
        max={max}
        value={score}
        aria-labelledby={labelledBy}
        aria-valuetext={valueText}
      />
      <span class="start-mark" style={{ left: startAt }} aria-hidden="true" />
    </div>
  );
}

function OverrideNote({
  factor,
  override,
  scoredValue,
}: {
  factor: Factor;
  override: FactorOverride;
  scoredValue: number;
}) {
  const t = useTranslate();
  const { undoOverride } = usePanelActions();

  return (
    <div class="override-note" data-testid="override-note" data-factor={factor}>
      <p>
        {t('overrideNote', [String(override.value), String(scoredValue)])}{' '}
        <q class="override-reason">{override.reason}</q>
      </p>
      <button type="button" data-testid="override-undo" onClick={() => undoOverride(factor)}>
        {t('overrideUndo')}
      </button>
    </div>
  );
}

export function FactorItem({ factor, grade, scored, override }: Props) {
  const t = useTranslate();
  const { saveOverride } = usePanelActions();
  const [editing, setEditing] = useState(false);
  const score = grade.factors[factor];
  const { max } = overrideRangeOf(factor);
  const scoreText =
    factor === 'intent'
      ? t('intentScore', String(score))
      : t('factorScore', [String(score), String(max)]);
  const headingId = `factor-${factor}`;

  return (
    <li
      data-testid="factor"
      data-factor={factor}
      data-score={score}
      data-overridden={override ? 'true' : 'false'}
      class={override ? 'factor overridden' : 'factor'}
    >
      <h3 id={headingId}>
        {t(`factor_${factor}`)} <span class="score">{scoreText}</span>
      </h3>
      <FactorBar factor={factor} score={score} labelledBy={headingId} valueText={scoreText} />
      <p class="start-note">{t('factorStart', String(FACTOR_START[factor]))}</p>
      {override ? (
        <OverrideNote factor={factor} override={override} scoredValue={scored.factors[factor]} />
      ) : null}
      {factor === 'fit' && grade.fitNeutral ? (
        <p class="neutral-note">
          {t('fitNeutral')} <SettingsLink label={t('fitNeutralLink')} />
        </p>
      ) : null}
      <EvidenceList items={grade.evidence.filter((item) => item.factor === factor)} />
      {editing ? (
        <OverrideForm
          factor={factor}
          current={score}
          onSave={(input) => {
            saveOverride(input);
            setEditing(false);
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <button
          type="button"
          class="override-open"
          data-testid="override-factor"
          data-factor={factor}
          aria-describedby={headingId}
          onClick={() => setEditing(true)}
        >
          {override ? t('overrideChange') : t('overrideOpen')}
        </button>
      )}
    </li>
  );
}
