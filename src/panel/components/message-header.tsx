import type { MailMessage } from '../../core/message.ts';
import { useTranslate } from '../i18n.ts';

type Props = { message: MailMessage | null };

// Mail text only ever goes in as JSX text: Preact makes text nodes of it, never markup.
export function MessageHeader({ message }: Props) {
  const t = useTranslate();
  const from = message?.from;
  const subject = message?.subject.trim();

  return (
    <header class="message-header">
      <h1 class="subject">{subject || t('subjectNone')}</h1>
      <p class="from">
        <span class="label">{t('fromLabel')} </span>
        {from?.name ? <span class="from-name">{from.name} </span> : null}
        <span data-testid="inquiry-from" class="from-email">
          {from?.email ?? ''}
        </span>
        {from?.email ? null : <span class="from-unknown">{t('unknownSender')}</span>}
      </p>
    </header>
  );
}
