import type { ReplyGrade } from '../../core/grade-types.ts';
import { useTranslate } from '../i18n.ts';

export function ReplyView({ grade }: { grade: ReplyGrade }) {
  const t = useTranslate();

  return (
    <section class="reply" aria-labelledby="reply-heading">
      <h2 id="reply-heading">{t('replyTitle')}</h2>
      <h3>{t('replyKindsHeading')}</h3>
      {grade.feedbackKinds.length === 0 ? <p>{t('replyNoKinds')}</p> : null}
      <ul>
        {grade.feedbackKinds.map((kind) => (
          <li key={kind} data-testid="reply-kind" data-kind={kind}>
            <strong>{t(`feedback_${kind}`)}</strong>
            <ul class="evidence-list">
              {grade.evidence
                .filter((item) => item.kind === kind)
                .map((item, index) => (
                  <li key={`${kind}-${index}`}>
                    <q class="evidence">{item.evidence}</q>
                  </li>
                ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
