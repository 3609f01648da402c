import type { InquiryClass } from '../../core/grade-types.ts';
import { type MessageKey, useTranslate } from '../i18n.ts';

// How to answer each class: method.md section 2, in the panel's own words.
const ANSWER_POINTS: Record<InquiryClass, MessageKey[]> = {
  A: ['answer_A_1', 'answer_A_2', 'answer_A_3', 'answer_A_4'],
  B: ['answer_B_1', 'answer_B_2', 'answer_B_3', 'answer_B_4'],
  C: ['answer_C_1', 'answer_C_2', 'answer_C_3'],
  D: ['answer_D_1', 'answer_D_2', 'answer_D_3'],
  E: ['answer_E_1', 'answer_E_2', 'answer_E_3'],
};

export function AnswerPoints({ inquiryClass }: { inquiryClass: InquiryClass }) {
  const t = useTranslate();

  return (
    <section class="answer-points" aria-labelledby="answer-heading">
      <h2 id="answer-heading">{t('answerHeading')}</h2>
      <ul data-testid="answer-points" data-class={inquiryClass}>
        {ANSWER_POINTS[inquiryClass].map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ul>
    </section>
  );
}
