import type { ProspectStage } from './plan-types.ts';

// The stages a sale moves through, in order; lost and dormant stand outside the line.
const PROGRESS: readonly ProspectStage[] = [
  'new',
  'quoted',
  'prospect',
  'sampling',
  'negotiating',
  'ordered',
];

// A sale never slides back along the line on a reply: a buyer in negotiation who asks one more
// question is still negotiating. Lost and dormant always apply, and any progress revives them.
export function nextStage(current: ProspectStage, proposed: ProspectStage): ProspectStage {
  const from = PROGRESS.indexOf(current);
  const to = PROGRESS.indexOf(proposed);
  if (from === -1 || to === -1) return proposed;

  return to > from ? proposed : current;
}
