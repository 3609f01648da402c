import type { InquiryGrade } from '../../core/grade-types.ts';
import type { FactorOverride } from '../../messages/panel-to-background.ts';
import { applyOverrides } from '../apply-overrides.ts';
import { useTranslate } from '../i18n.ts';
import { AnswerPoints } from './answer-points.tsx';
import { ClassBadge } from './class-badge.tsx';
import { FactorList } from './factor-list.tsx';
import { MailLanguage } from './mail-language.tsx';
import { RedFlagList } from './red-flag-list.tsx';

type Props = { grade: InquiryGrade; forced: boolean; overrides: readonly FactorOverride[] };

// The user's overrides are applied here, on every render, so the class follows at once.
export function InquiryView({ grade, forced, overrides }: Props) {
  const t = useTranslate();
  const shown = applyOverrides(grade, overrides);

  return (
    <>
      <ClassBadge grade={shown} scored={grade} />
      <MailLanguage language={grade.language} />
      {forced ? <p class="forced-note">{t('forcedNote')}</p> : null}
      <RedFlagList flags={grade.redFlags} />
      <AnswerPoints inquiryClass={shown.class} />
      <FactorList grade={shown} scored={grade} overrides={overrides} />
    </>
  );
}
