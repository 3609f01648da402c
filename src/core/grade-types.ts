// The result of grading one message: what the CLI prints and the panel shows.

export const FACTORS = ['source', 'product', 'terms', 'identity', 'fit', 'intent'] as const;
export type Factor = (typeof FACTORS)[number];

export const CLASSES = ['A', 'B', 'C', 'D', 'E'] as const;
export type InquiryClass = (typeof CLASSES)[number];

export const FEEDBACK_KINDS = [
  'bargaining',
  'comparing_offers',
  'found_other_supplier',
  'ordered_elsewhere',
  'sample_request',
  'references_request',
  'awaiting_client_feedback',
  'ready_to_order',
  'further_questions',
  'auto_reply',
  'not_interested',
  'order_logistics',
  'other',
] as const;
export type FeedbackKind = (typeof FEEDBACK_KINDS)[number];

export type MailKind = 'inquiry' | 'reply' | 'other';

// Why the gate put the mail where it did: the panel says "not an inquiry" with this reason.
export type GateReason =
  | 'own-mail'
  | 'quote-reply'
  | 'mailing-list'
  | 'no-trade-content'
  | 'trade-inquiry'
  | 'solicitation'
  | 'forced';

// One piece of evidence: the rule that fired, the points it moved, and the exact words,
// address or attachment name that earned them.
export type Evidence = {
  ruleId: string;
  factor: Factor;
  points: number;
  evidence: string;
};

export type RedFlag = {
  id: string;
  strength: 'strong' | 'weak';
  evidence: string;
};

export type FactorScores = Record<Factor, number>;

// language: the buyer's language as an ISO 639-1 code where one exists, null when unsure.
export type InquiryGrade = {
  kind: 'inquiry';
  reason: GateReason;
  language: string | null;
  class: InquiryClass;
  total: number;
  factors: FactorScores;
  evidence: Evidence[];
  redFlags: RedFlag[];
  // f5 stays neutral until the seller fills in a profile; the panel says so.
  fitNeutral: boolean;
};

export type ReplyGrade = {
  kind: 'reply';
  reason: GateReason;
  language: string | null;
  feedbackKinds: FeedbackKind[];
  evidence: { kind: FeedbackKind; evidence: string }[];
};

export type OtherGrade = {
  kind: 'other';
  reason: GateReason;
  language: string | null;
};

export type Grade = InquiryGrade | ReplyGrade | OtherGrade;
