import type { InquiryGrade } from '../../core/grade-types.ts';
import { useTranslate } from '../i18n.ts';

// grade: as shown, overrides applied; scored: as the scorer gave it.
type Props = { grade: InquiryGrade; scored?: InquiryGrade };

export function ClassBadge({ grade, scored = grade }: Props) {
  const t = useTranslate();
  const overridden = grade !== scored;

  return (
    <section
      class={`verdict class-${grade.class}`}
      aria-label={t('classAria', grade.class)}
      data-overridden={overridden ? 'true' : 'false'}
    >
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
      {overridden ? (
        <p class="verdict-note" data-testid="class-overridden">
          {t('classOverridden', [scored.class, String(scored.total)])}
        </p>
      ) : null}
    </section>
  );
}
