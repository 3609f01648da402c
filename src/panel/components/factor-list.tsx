import { FACTORS, type InquiryGrade } from '../../core/grade-types.ts';
import type { FactorOverride } from '../../messages/panel-to-background.ts';
import { overrideFor } from '../apply-overrides.ts';
import { useTranslate } from '../i18n.ts';
import { FactorItem } from './factor-item.tsx';

type Props = { grade: InquiryGrade; scored: InquiryGrade; overrides: readonly FactorOverride[] };

export function FactorList({ grade, scored, overrides }: Props) {
  const t = useTranslate();

  return (
    <section class="factors" aria-labelledby="factors-heading">
      <h2 id="factors-heading">{t('factorsHeading')}</h2>
      <ul>
        {FACTORS.map((factor) => (
          <FactorItem
            key={factor}
            factor={factor}
            grade={grade}
            scored={scored}
            override={overrideFor(overrides, factor)}
          />
        ))}
      </ul>
    </section>
  );
}
