import type { Evidence } from '../../core/grade-types.ts';
import { ruleSentence, useTranslate } from '../i18n.ts';

// A true minus sign: "−2" reads as minus two, where a hyphen may read as a dash.
export const signedPoints = (points: number) =>
  points > 0 ? `+${points}` : points < 0 ? `\u2212${-points}` : '0';

// Some rules quote the words they matched; the panel sets every excerpt in quotes itself.
export const unquoted = (words: string) => words.replace(/^"([^"]*)"$/, '$1');

// One line per rule that fired: its points, the rule's sentence in the interface
// language, and the exact words of the mail that earned them (as text, never markup).
export function EvidenceLine({ item }: { item: Evidence }) {
  const t = useTranslate();

  return (
    <li class="evidence-line" data-rule={item.ruleId} data-points={item.points}>
      <span class={item.points < 0 ? 'points negative' : 'points'}>
        {t('evidencePoints', signedPoints(item.points))}
      </span>{' '}
      <span class="rule-sentence">{ruleSentence(t, item.ruleId)}</span>
      {item.evidence ? <q class="evidence">{unquoted(item.evidence)}</q> : null}
    </li>
  );
}

export function EvidenceList({ items }: { items: Evidence[] }) {
  const t = useTranslate();
  if (items.length === 0) {
    return <p class="no-evidence">{t('noEvidence')}</p>;
  }

  return (
    <ul class="evidence-list">
      {items.map((item, index) => (
        <EvidenceLine key={`${item.ruleId}-${index}`} item={item} />
      ))}
    </ul>
  );
}
