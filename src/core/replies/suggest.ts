import { ANSWER_POINTS, type AnswerPoint } from './answer-points.ts';
import {
  fillTemplate,
  openFields,
  type ReplyVariables,
  type VariableName,
} from './fill-template.ts';
import type { ReplyKey } from './reply-keys.ts';
import type { ReplyTemplate } from './reply-template.ts';

// One suggested reply as the panel shows it: the filled text, what is still to fill in, and
// the answer points of its class or reply kind as a checklist beside it.
export type Suggestion = {
  template: ReplyTemplate;
  text: string;
  missing: VariableName[];
  openFields: string[];
  points: AnswerPoint[];
};

export function suggestReply(template: ReplyTemplate, variables: ReplyVariables): Suggestion {
  const filled = fillTemplate(template.body, variables);

  return {
    template,
    text: filled.text,
    missing: filled.missing,
    openFields: openFields(filled.text),
    points: ANSWER_POINTS[template.key],
  };
}

// The built-in template first, then the user's own, in the order they were added.
export function templatesFor<T extends ReplyTemplate>(templates: readonly T[], key: ReplyKey): T[] {
  const forKey = templates.filter((template) => template.key === key);
  return [...forKey.filter((t) => t.builtIn), ...forKey.filter((t) => !t.builtIn)];
}
