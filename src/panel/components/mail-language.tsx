import { displayName } from '../display-names.ts';
import { uiLanguageOf, useTranslate } from '../i18n.ts';

// The buyer's language, named in the interface language: non-English mail is graded too,
// and the salesperson should know what to answer in.
export function MailLanguage({ language }: { language: string | null }) {
  const t = useTranslate();
  const name = language ? displayName('language', language, uiLanguageOf(t)) : null;

  return (
    <p class="mail-language" data-testid="mail-language" data-language={language ?? ''}>
      {name ? t('mailLanguage', name) : t('mailLanguageUnknown')}
    </p>
  );
}
