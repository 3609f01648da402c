import { z } from 'zod';
import { STAGES } from '../core/cadence/plan-types.ts';
import type { StepPurpose } from '../core/cadence/steps.ts';
import { CLASSES, FACTORS } from '../core/grade-types.ts';

// One schema per table, in the shape the book stores (times as epoch milliseconds, so they
// sort in IndexedDB and survive JSON). The backup file is checked against these same schemas.

const id = z.string().min(1);
const instant = z.number().finite();

export const ACCOUNT_CLIENTS = ['gmail', 'outlook'] as const;

export const accountRecordSchema = z.object({
  // "gmail:mail.google.com/u/0" until the page tells the signed-in address, then "gmail:me@x".
  id,
  client: z.enum(ACCOUNT_CLIENTS),
  host: z.string(),
  address: z.string().nullable(),
  label: z.string(),
  // Addresses the user was seen replying from, so a gmail.com seller is told from a buyer.
  ownAddresses: z.array(z.string()),
  createdAt: instant,
});

export const PROSPECT_SOURCES = ['mail', 'csv', 'manual'] as const;

export const prospectRecordSchema = z.object({
  id,
  account: id,
  name: z.string().nullable(),
  emails: z.array(z.string()),
  domains: z.array(z.string()),
  company: z.string().nullable(),
  country: z.string().length(2).nullable(),
  class: z.enum(CLASSES).nullable(),
  stage: z.enum(STAGES),
  tags: z.array(z.string()),
  notes: z.string(),
  // An existing customer (imported or ordered): their next inquiry is an existing customer's.
  customer: z.boolean(),
  source: z.enum(PROSPECT_SOURCES),
  createdAt: instant,
  updatedAt: instant,
  // "account|address" and "account|domain": multi-entry indexes that keep accounts apart.
  emailKeys: z.array(z.string()),
  domainKeys: z.array(z.string()),
});

const planStateSchema = z.enum(['active', 'paused', 'stopped']);

export const cadenceMetaSchema = z.object({
  quotedAt: instant,
  inquiryClass: z.enum(CLASSES),
  buyer: z.object({
    country: z.string().nullable(),
    timeZone: z.string(),
    zoneSource: z.enum(['given', 'country', 'seller']),
  }),
  state: planStateSchema,
  stage: z.enum(STAGES),
});

export const inquiryRecordSchema = z.object({
  id,
  account: id,
  prospectId: id,
  // "gmail:<thread id>": the thread part of the content script's message key.
  threadKey: z.string(),
  messageKey: z.string(),
  threadUrl: z.string(),
  subject: z.string(),
  receivedAt: instant,
  gradedAt: instant,
  class: z.enum(CLASSES),
  total: z.number(),
  factors: z.record(z.enum(FACTORS), z.number()),
  evidence: z.array(
    z.object({
      ruleId: z.string(),
      factor: z.enum(FACTORS),
      points: z.number(),
      evidence: z.string(),
    }),
  ),
  redFlags: z.array(
    z.object({ id: z.string(), strength: z.enum(['strong', 'weak']), evidence: z.string() }),
  ),
  // The user's corrections of single factors, as the panel's override store keeps them.
  overrides: z.array(
    z.object({ factor: z.enum(FACTORS), value: z.number(), reason: z.string(), savedAt: instant }),
  ),
  // Lower-case addresses the buyer wrote to: the seller's side of the thread.
  recipients: z.array(z.string()),
  answeredAt: instant.nullable(),
  // The plan's state beside its steps (the steps still to do are follow-up records).
  cadence: cadenceMetaSchema.nullable(),
});

export const quotationRecordSchema = z.object({
  id,
  account: id,
  inquiryId: id,
  prospectId: id,
  sentAt: instant,
  source: z.enum(['detected', 'manual']),
  messageKey: z.string().nullable(),
});

export const FOLLOW_UP_KINDS = ['first-response', 'cadence'] as const;

export const CADENCE_PURPOSES = [
  'confirm-receipt',
  'ask-feedback',
  'reconnect',
  'periodic-contact',
  'weekly-ask',
  'close-follow-up',
  'sample-sent',
  'sample-arrived',
  'sample-feedback',
] as const satisfies readonly StepPurpose[];

// Fails to compile when the core gains a step purpose the book does not know.
export const cadencePurposesComplete: Exclude<
  StepPurpose,
  (typeof CADENCE_PURPOSES)[number]
> extends never
  ? true
  : false = true;

// The first answer to an A or B inquiry, due at its response limit (method.md section 6).
export const STEP_PURPOSES = [...CADENCE_PURPOSES, 'first-response'] as const;
export type FollowUpPurpose = (typeof STEP_PURPOSES)[number];
export const FOLLOW_UP_STATUSES = ['pending', 'done', 'cancelled'] as const;

export const followUpRecordSchema = z.object({
  id,
  account: id,
  inquiryId: id,
  prospectId: id,
  kind: z.enum(FOLLOW_UP_KINDS),
  // The cadence's step id ("ask-feedback-d3"), or "first-response".
  stepId: z.string(),
  // Days from the phase's start, as the cadence counts them (0 for a first response).
  day: z.number().int(),
  channel: z.enum(['email', 'phone']),
  purpose: z.enum(STEP_PURPOSES),
  dueAt: instant,
  callBy: instant.nullable(),
  status: z.enum(FOLLOW_UP_STATUSES),
  snoozedUntil: instant.nullable(),
  notifiedAt: instant.nullable(),
  doneAt: instant.nullable(),
  threadUrl: z.string(),
  createdAt: instant,
  // Present only while pending (due-index.ts keeps them): an index holds only what is to do.
  pendingDueAt: instant.optional(),
  notifyAt: instant.optional(),
});

export const ACTIVITY_KINDS = [
  'inquiry-read',
  'reply-read',
  'own-reply',
  'quotation-sent',
  'plan-changed',
  'step-done',
  'step-snoozed',
  'imported',
  'edited',
] as const;

export const activityRecordSchema = z.object({
  id,
  account: id,
  prospectId: id,
  inquiryId: id.nullable(),
  at: instant,
  kind: z.enum(ACTIVITY_KINDS),
  detail: z.string(),
  // The message that caused it: a re-read of the same message changes nothing twice.
  messageKey: z.string().nullable(),
});

export type AccountRecord = z.infer<typeof accountRecordSchema>;
export type ProspectRecord = z.infer<typeof prospectRecordSchema>;
export type CadenceMeta = z.infer<typeof cadenceMetaSchema>;
export type InquiryRecord = z.infer<typeof inquiryRecordSchema>;
export type QuotationRecord = z.infer<typeof quotationRecordSchema>;
export type FollowUpRecord = z.infer<typeof followUpRecordSchema>;
export type FollowUpKind = (typeof FOLLOW_UP_KINDS)[number];
export type ActivityRecord = z.infer<typeof activityRecordSchema>;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];
