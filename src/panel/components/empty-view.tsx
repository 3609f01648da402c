import { useTranslate } from '../i18n.ts';

export function EmptyView({ loaded }: { loaded: boolean }) {
  const t = useTranslate();

  return (
    <section class="empty" role="status">
      <h1>{loaded ? t('emptyTitle') : t('loading')}</h1>
      {loaded ? <p>{t('emptyHint')}</p> : null}
    </section>
  );
}
