import type { GateReason } from '../../core/grade-types.ts';
import { type MessageKey, useTranslate } from '../i18n.ts';

type Props = { reason: GateReason; busy: boolean; onGradeAnyway: () => void };

const REASON_TEXT: Record<GateReason, MessageKey> = {
  'own-mail': 'reason_own_mail',
  'quote-reply': 'reason_quote_reply',
  'mailing-list': 'reason_mailing_list',
  'no-trade-content': 'reason_no_trade_content',
  'trade-inquiry': 'reason_trade_inquiry',
  solicitation: 'reason_solicitation',
  forced: 'reason_forced',
};

// Quiet on purpose: most mail a salesperson opens is not an inquiry.
export function NotInquiryView({ reason, busy, onGradeAnyway }: Props) {
  const t = useTranslate();

  return (
    <section class="not-inquiry" aria-labelledby="not-inquiry-heading">
      <h2 id="not-inquiry-heading">{t('notInquiryTitle')}</h2>
      <p class="reason">{t(REASON_TEXT[reason])}</p>
      <button
        type="button"
        data-testid="grade-anyway"
        onClick={onGradeAnyway}
        disabled={busy}
        aria-busy={busy}
      >
        {busy ? t('gradingAnyway') : t('gradeAnyway')}
      </button>
    </section>
  );
}
