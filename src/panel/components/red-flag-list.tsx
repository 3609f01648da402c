import type { RedFlag } from '../../core/grade-types.ts';
import { ruleSentence, useTranslate } from '../i18n.ts';
import { unquoted } from './evidence-list.tsx';

type Props = { flags: RedFlag[] };

// Strong flags first: any one of them is why the class is E.
const byStrength = (a: RedFlag, b: RedFlag) =>
  Number(b.strength === 'strong') - Number(a.strength === 'strong');

export function RedFlagList({ flags }: Props) {
  const t = useTranslate();
  if (flags.length === 0) {
    return null;
  }

  return (
    <section class="red-flags" aria-labelledby="red-flags-heading">
      <h2 id="red-flags-heading">{t('redFlagsHeading')}</h2>
      <ul>
        {[...flags].sort(byStrength).map((flag, index) => (
          <li
            key={`${flag.id}-${index}`}
            data-testid="red-flag"
            data-flag={flag.id}
            class={`red-flag ${flag.strength}`}
          >
            <span class="strength">
              {flag.strength === 'strong' ? t('redFlagStrong') : t('redFlagWeak')}
            </span>{' '}
            <span class="flag-name">{ruleSentence(t, flag.id)}</span>
            {flag.evidence ? <q class="evidence">{unquoted(flag.evidence)}</q> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
