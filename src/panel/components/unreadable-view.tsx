import type { Outcome } from '../../messages/tab-state.ts';
import { useTranslate } from '../i18n.ts';

type Props = { outcome: Exclude<Outcome, { status: 'graded' }> };

export function UnreadableView({ outcome }: Props) {
  const t = useTranslate();

  if (outcome.status === 'grade-failed') {
    return (
      <section class="unreadable" data-reason="grade-failed" role="status">
        <h2>{t('gradeFailedTitle')}</h2>
        <p>{t('gradeFailedHint', outcome.error.message)}</p>
      </section>
    );
  }

  return (
    <section class="unreadable" data-reason="unreadable" role="status">
      <h2>{t('unreadableTitle')}</h2>
      <p>{t('unreadableHint')}</p>
      {outcome.failed.length > 0 ? (
        <p class="technical">{t('unreadableMissing', outcome.failed.join(', '))}</p>
      ) : null}
    </section>
  );
}
