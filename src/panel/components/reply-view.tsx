import type { FeedbackKind, ReplyGrade } from '../../core/grade-types.ts';
import { useTranslate } from '../i18n.ts';
import { MailLanguage } from './mail-language.tsx';

// Each kind the buyer's words fall under, the main one first (the order the scorer gives),
// with what to do next (method.md sections 4 and 6, in the panel's own words).
function ReplyKind({
  kind,
  primary,
  grade,
}: {
  kind: FeedbackKind;
  primary: boolean;
  grade: ReplyGrade;
}) {
  const t = useTranslate();
  const words = grade.evidence.filter((item) => item.kind === kind);

  return (
    <li
      data-testid="reply-kind"
      data-kind={kind}
      data-primary={primary ? 'true' : 'false'}
      class={primary ? 'reply-kind primary' : 'reply-kind'}
    >
      <h4>
        {t(`feedback_${kind}`)}
        {primary ? <span class="badge">{t('replyPrimary')}</span> : null}
      </h4>
      <p class="next-step">
        <span class="label">{t('replyNextStep')} </span>
        {t(`nextStep_${kind}`)}
      </p>
      {words.length > 0 ? (
        <ul class="evidence-list">
          {words.map((item, index) => (
            <li key={`${kind}-${index}`}>
              <q class="evidence">{item.evidence}</q>
            </li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}

export function ReplyView({ grade }: { grade: ReplyGrade }) {
  const t = useTranslate();

  return (
    <section class="reply" aria-labelledby="reply-heading">
      <h2 id="reply-heading">{t('replyTitle')}</h2>
      <MailLanguage language={grade.language} />
      <h3>{t('replyKindsHeading')}</h3>
      {grade.feedbackKinds.length === 0 ? <p>{t('replyNoKinds')}</p> : null}
      <ul class="reply-kinds">
        {grade.feedbackKinds.map((kind, index) => (
          <ReplyKind key={kind} kind={kind} primary={index === 0} grade={grade} />
        ))}
      </ul>
    </section>
  );
}
