import { BADGE_COUNT_CAP, type DueSummary } from '../../db/due-queries.ts';

// Red: an A or B inquiry waits past its response limit. Orange: a step has waited more than
// a day. Blue: steps are due. No badge when nothing is.
export const BADGE_COLORS = { alert: '#c5221f', late: '#e8710a', due: '#1a73e8' } as const;

export function badgeOf(summary: DueSummary): { text: string; color: string } {
  if (summary.urgency === 'none' || summary.count === 0)
    return { text: '', color: BADGE_COLORS.due };

  const text = summary.capped ? `${BADGE_COUNT_CAP - 1}+` : String(summary.count);
  return { text, color: BADGE_COLORS[summary.urgency] };
}
