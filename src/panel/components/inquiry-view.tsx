import type { InquiryGrade } from '../../core/grade-types.ts';
import { useTranslate } from '../i18n.ts';
import { AnswerPoints } from './answer-points.tsx';
import { ClassBadge } from './class-badge.tsx';
import { FactorList } from './factor-list.tsx';
import { RedFlagList } from './red-flag-list.tsx';

type Props = { grade: InquiryGrade; forced: boolean };

export function InquiryView({ grade, forced }: Props) {
  const t = useTranslate();

  return (
    <>
      <ClassBadge grade={grade} />
      {forced ? <p class="forced-note">{t('forcedNote')}</p> : null}
      <RedFlagList flags={grade.redFlags} />
      <AnswerPoints inquiryClass={grade.class} />
      <FactorList grade={grade} />
    </>
  );
}
