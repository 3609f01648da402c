import type { InquiryGrade } from '../../core/grade-types.ts';
import { useTranslate } from '../i18n.ts';

type Props = { grade: InquiryGrade };

export function ClassBadge({ grade }: Props) {
  const t = useTranslate();

  return (
    <section class={`verdict class-${grade.class}`} aria-label={t('classAria', grade.class)}>
      <div class="class-letter">
        <span class="caption">{t('classLabel')}</span>
        <span data-testid="inquiry-class" class="letter">
          {grade.class}
        </span>
      </div>
      <div class="class-total">
        <span class="caption">{t('totalLabel')}</span>
        <span data-testid="inquiry-total" class="total">
          {grade.total}
        </span>
        <span class="caption">{t('totalOutOf')}</span>
      </div>
    </section>
  );
}
