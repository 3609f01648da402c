import {
  CLASSES,
  FEEDBACK_KINDS,
  type FeedbackKind,
  type Grade,
  type InquiryClass,
} from '../grade-types.ts';

// A reply answers either a new inquiry (by its class A-E) or a buyer's reply to a quote (by
// its kind): the same key chooses the templates and the checklist beside them.
export type ReplyKey = InquiryClass | FeedbackKind;

export const REPLY_KEYS = [...CLASSES, ...FEEDBACK_KINDS] as const;

export function isReplyKey(value: string): value is ReplyKey {
  return (REPLY_KEYS as readonly string[]).includes(value);
}

// Other mail gets no suggestion: the seller did not ask for one and would not send it.
export function replyKeysFor(grade: Grade): ReplyKey[] {
  switch (grade.kind) {
    case 'inquiry':
      return [grade.class];
    case 'reply':
      return grade.feedbackKinds.length > 0 ? [...grade.feedbackKinds] : ['other'];
    case 'other':
      return [];
  }
}
