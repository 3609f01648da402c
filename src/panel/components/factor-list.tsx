import { type Evidence, FACTORS, type Factor, type InquiryGrade } from '../../core/grade-types.ts';
import { useTranslate } from '../i18n.ts';

type Props = { grade: InquiryGrade };

// f1-f5 score 0-20 each; f6 (intent) multiplies their sum by 1-10 (scoring.md).
const maxOf = (factor: Factor) => (factor === 'intent' ? 10 : 20);

const signed = (points: number) => (points > 0 ? `+${points}` : String(points));

function EvidenceList({ items }: { items: Evidence[] }) {
  const t = useTranslate();
  if (items.length === 0) {
    return <p class="no-evidence">{t('noEvidence')}</p>;
  }

  return (
    <ul class="evidence-list">
      {items.map((item, index) => (
        <li key={`${item.ruleId}-${index}`} data-rule={item.ruleId}>
          <span class={item.points < 0 ? 'points negative' : 'points'}>
            {t('evidencePoints', signed(item.points))}
          </span>{' '}
          <q class="evidence">{item.evidence}</q>
        </li>
      ))}
    </ul>
  );
}

function FactorItem({ factor, grade }: { factor: Factor; grade: InquiryGrade }) {
  const t = useTranslate();
  const score = grade.factors[factor];
  const max = maxOf(factor);
  const label = t(`factor_${factor}`);
  const scoreText =
    factor === 'intent'
      ? t('intentScore', String(score))
      : t('factorScore', [String(score), String(max)]);
  const headingId = `factor-${factor}`;

  return (
    <li data-testid="factor" data-factor={factor} data-score={score} class="factor">
      <h3 id={headingId}>
        {label} <span class="score">{scoreText}</span>
      </h3>
      <meter
        class="bar"
        min={0}
        max={max}
        value={score}
        aria-labelledby={headingId}
        aria-valuetext={scoreText}
      />
      {factor === 'fit' && grade.fitNeutral ? <p class="neutral-note">{t('fitNeutral')}</p> : null}
      <EvidenceList items={grade.evidence.filter((item) => item.factor === factor)} />
    </li>
  );
}

export function FactorList({ grade }: Props) {
  const t = useTranslate();

  return (
    <section class="factors" aria-labelledby="factors-heading">
      <h2 id="factors-heading">{t('factorsHeading')}</h2>
      <ul>
        {FACTORS.map((factor) => (
          <FactorItem key={factor} factor={factor} grade={grade} />
        ))}
      </ul>
    </section>
  );
}
