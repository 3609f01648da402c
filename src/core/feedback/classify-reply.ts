import type { FeedbackKind } from '../grade-types.ts';
import { clip } from '../text/find.ts';
import { CUES, PRIORITY } from './lexicon.ts';

export type ReplyKinds = {
  kinds: FeedbackKind[];
  evidence: { kind: FeedbackKind; evidence: string }[];
};

// A secondary kind must weigh at least this much beside the primary to be reported.
const SECONDARY_MIN = 3;

export function classifyReply(subject: string, body: string): ReplyKinds {
  const text = `${subject}\n${body}`;
  const scored = PRIORITY.map((kind) => ({
    kind,
    ...weigh(kind, kind === 'auto_reply' ? text : body),
  }))
    .filter((entry) => entry.weight > 0)
    .sort((x, y) => y.weight - x.weight || PRIORITY.indexOf(x.kind) - PRIORITY.indexOf(y.kind));

  const primary = scored[0];
  if (!primary) return { kinds: ['other'], evidence: [] };

  const rest = scored
    .slice(1)
    .filter((entry) => entry.weight >= SECONDARY_MIN && entry.kind !== 'further_questions');
  const chosen = [primary, ...rest.slice(0, 1)];
  return {
    kinds: chosen.map((entry) => entry.kind),
    evidence: chosen.map((entry) => ({ kind: entry.kind, evidence: entry.evidence })),
  };
}

function weigh(
  kind: Exclude<FeedbackKind, 'other'>,
  text: string,
): { weight: number; evidence: string } {
  let weight = 0;
  let evidence = '';

  for (const cue of CUES[kind]) {
    const found = cue.counted
      ? countedWeight(cue.pattern, text)
      : cue.pattern.exec(text)
        ? cue.weight
        : 0;
    if (found === 0) continue;

    weight += found;
    const match = cue.counted ? null : cue.pattern.exec(text);
    if (!evidence && match) evidence = clip(match[0]);
  }

  return { weight, evidence: evidence || (weight > 0 ? 'asks a question' : '') };
}

function countedWeight(pattern: RegExp, text: string): number {
  const count = text.match(pattern)?.length ?? 0;
  return count < 2 ? 0 : Math.min(count, 3);
}
