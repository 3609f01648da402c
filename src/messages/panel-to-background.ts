import { getCountry } from 'countries-and-timezones';
import { z } from 'zod';
import { STAGES } from '../core/cadence/plan-types.ts';
import { CLASSES, FACTORS, type Factor } from '../core/grade-types.ts';
import { ACTIVITY_KINDS, FOLLOW_UP_KINDS, STEP_PURPOSES } from '../db/records.ts';
import { replySchema } from './message-error.ts';
import { tabStateSchema } from './tab-state.ts';

// Sent by the side panel (or the panel page opened as a tab) and the settings page.
// Replies sit beside the request.

export const getStateSchema = z.object({
  type: z.literal('get-state'),
  // The side panel's window; null when the panel page is an ordinary tab: any mail tab then.
  windowId: z.number().int().nullable(),
});

export const gradeAnywaySchema = z.object({
  type: z.literal('grade-anyway'),
  tabId: z.number().int(),
});

export const panelToBackgroundSchema = z.discriminatedUnion('type', [
  getStateSchema,
  gradeAnywaySchema,
]);

export const getStateReplySchema = replySchema(tabStateSchema.nullable());
export const gradeAnywayReplySchema = replySchema(tabStateSchema);

export type GetState = z.infer<typeof getStateSchema>;
export type GradeAnyway = z.infer<typeof gradeAnywaySchema>;
export type PanelToBackground = z.infer<typeof panelToBackgroundSchema>;

// --- The user's own data: factor overrides and the seller's profile ---

// f1-f5 score 0-20, f6 (intent) multiplies by 1-10 (scoring.md); an override keeps to that.
export const overrideRangeOf = (factor: Factor) =>
  factor === 'intent' ? { min: 1, max: 10 } : { min: 0, max: 20 };

const REASON_MAX = 500;

const inRange = ({ factor, value }: { factor: Factor; value: number }) => {
  const { min, max } = overrideRangeOf(factor);
  return value >= min && value <= max;
};

// Messages name a MessageKey of the interface text, so the panel can say what is wrong.
const overrideFields = {
  factor: z.enum(FACTORS),
  value: z.number().int({ message: 'overrideErrorValue' }),
  reason: z
    .string()
    .trim()
    .min(1, { message: 'overrideErrorReason' })
    .max(REASON_MAX, { message: 'overrideErrorReasonLong' }),
};

const rangeError = { message: 'overrideErrorValue', path: ['value'] };

export const overrideInputSchema = z.object(overrideFields).refine(inRange, rangeError);

export const factorOverrideSchema = z
  .object({ ...overrideFields, savedAt: z.number() })
  .refine(inRange, rangeError);

export type OverrideInput = z.infer<typeof overrideInputSchema>;
export type FactorOverride = z.infer<typeof factorOverrideSchema>;

// The message the panel shows, as the worker knows it: a tab that moved on to another
// message meanwhile is refused rather than given the override meant for the previous one.
const overrideTarget = {
  tabId: z.number().int(),
  messageKey: z.string().min(1),
};

export const getOverridesSchema = z.object({ type: z.literal('get-overrides'), ...overrideTarget });

export const saveOverrideSchema = z.object({
  type: z.literal('save-override'),
  ...overrideTarget,
  override: overrideInputSchema,
});

export const undoOverrideSchema = z.object({
  type: z.literal('undo-override'),
  ...overrideTarget,
  factor: z.enum(FACTORS),
});

const DOMAIN = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
const ITEM_MAX = 200;
const LIST_MAX = 500;

const normalisedList = (item: z.ZodType<string>) => z.array(item).max(LIST_MAX);

// Sellers write "UK"; ISO 3166 (and the scorer's phone library) says GB.
const countryCode = z
  .string()
  .trim()
  .toUpperCase()
  .transform((code) => (code === 'UK' ? 'GB' : code))
  .refine((code) => /^[A-Z]{2}$/.test(code) && getCountry(code) !== null, {
    message: 'profileErrorCountry',
  });

// The settings page's whole form: the core's seller profile plus the seller's own mail
// domains, which grading takes as context (mail from them is own mail, not an inquiry).
export const sellerSettingsSchema = z.object({
  companyName: z.string().trim().max(ITEM_MAX, { message: 'profileErrorTooLong' }),
  ownDomains: normalisedList(
    z
      .string()
      .trim()
      .toLowerCase()
      .transform((domain) => domain.replace(/^@/, ''))
      .refine((domain) => DOMAIN.test(domain), { message: 'profileErrorDomain' }),
  ),
  catalogue: normalisedList(
    z.string().trim().min(1).max(ITEM_MAX, { message: 'profileErrorTooLong' }),
  ),
  targetMarkets: normalisedList(countryCode),
  moq: z
    .number()
    .int({ message: 'profileErrorMoq' })
    .nonnegative({ message: 'profileErrorMoq' })
    .nullable(),
});

export type SellerSettings = z.infer<typeof sellerSettingsSchema>;

export const getProfileSchema = z.object({ type: z.literal('get-profile') });

export const saveProfileSchema = z.object({
  type: z.literal('save-profile'),
  profile: sellerSettingsSchema,
});

// Kept apart from panelToBackgroundSchema: these are answered by handle-user-data.ts,
// registered beside the worker's main answer.
// The settings page asks for it with the word the user typed, so no stray message can.
export const deleteAllDataSchema = z.object({
  type: z.literal('delete-all-data'),
  confirm: z.literal('DELETE'),
});

export const userDataRequestSchema = z.discriminatedUnion('type', [
  getOverridesSchema,
  saveOverrideSchema,
  undoOverrideSchema,
  getProfileSchema,
  saveProfileSchema,
  deleteAllDataSchema,
]);

export const overridesReplySchema = replySchema(z.array(factorOverrideSchema));
export const profileReplySchema = replySchema(sellerSettingsSchema);
export const deleteAllDataReplySchema = replySchema(z.object({ deleted: z.literal(true) }));

export type UserDataRequest = z.infer<typeof userDataRequestSchema>;
export type OverrideTarget = { tabId: number; messageKey: string };

// --- The prospect book and its reminders (src/background/book, src/background/reminders) ---

const urgencySchema = z.enum(['alert', 'late', 'due']);

export const dueStepViewSchema = z.object({
  id: z.string(),
  account: z.string(),
  kind: z.enum(FOLLOW_UP_KINDS),
  stepId: z.string(),
  channel: z.enum(['email', 'phone']),
  purpose: z.enum(STEP_PURPOSES),
  dueAt: z.number(),
  callBy: z.number().nullable(),
  snoozedUntil: z.number().nullable(),
  urgency: urgencySchema,
  buyer: z.object({
    name: z.string().nullable(),
    email: z.string().nullable(),
    company: z.string().nullable(),
  }),
  inquiryClass: z.enum(CLASSES).nullable(),
  subject: z.string(),
  threadUrl: z.string(),
});

export const todayViewSchema = z.object({
  now: z.number(),
  // All due steps; `steps` holds the oldest of them, at most a page.
  total: z.number().int(),
  steps: z.array(dueStepViewSchema),
});

export const buyerViewSchema = z.object({
  prospect: z.object({
    id: z.string(),
    account: z.string(),
    name: z.string().nullable(),
    emails: z.array(z.string()),
    company: z.string().nullable(),
    country: z.string().nullable(),
    class: z.enum(CLASSES).nullable(),
    stage: z.enum(STAGES),
    tags: z.array(z.string()),
    notes: z.string(),
    customer: z.boolean(),
  }),
  inquiries: z.array(
    z.object({
      id: z.string(),
      subject: z.string(),
      class: z.enum(CLASSES),
      receivedAt: z.number(),
      quotedAt: z.number().nullable(),
      planState: z.enum(['active', 'paused', 'stopped']).nullable(),
      nextStep: z
        .object({
          purpose: z.enum(STEP_PURPOSES),
          channel: z.enum(['email', 'phone']),
          dueAt: z.number(),
        })
        .nullable(),
    }),
  ),
  history: z.array(
    z.object({ id: z.string(), at: z.number(), kind: z.enum(ACTIVITY_KINDS), detail: z.string() }),
  ),
});

export const importReportSchema = z.object({
  added: z.number().int(),
  updated: z.number().int(),
  refused: z.array(z.object({ line: z.number().int(), reasons: z.array(z.string()) })),
});

export const getTodaySchema = z.object({ type: z.literal('get-today') });

// The buyer of the message the panel shows: the latest read in its window (null: any).
export const getBuyerSchema = z.object({
  type: z.literal('get-buyer'),
  windowId: z.number().int().nullable(),
});

// The one click for a quotation sent outside the mail client (or not yet seen by it).
export const quotationSentSchema = z.object({
  type: z.literal('quotation-sent'),
  tabId: z.number().int(),
});

export const stepDoneSchema = z.object({ type: z.literal('step-done'), stepId: z.string() });

export const stepSnoozeSchema = z.object({
  type: z.literal('step-snooze'),
  stepId: z.string(),
  minutes: z
    .number()
    .int()
    .min(1)
    .max(7 * 24 * 60)
    .default(60),
});

export const updateProspectSchema = z.object({
  type: z.literal('update-prospect'),
  prospectId: z.string(),
  notes: z.string().max(20_000).optional(),
  tags: z.array(z.string().trim().min(1).max(60)).max(50).optional(),
  stage: z.enum(STAGES).optional(),
});

export const importCustomersSchema = z.object({
  type: z.literal('import-customers'),
  // An account id from list-accounts; the customers belong to that mailbox's book only.
  account: z.string().min(1),
  csv: z.string().max(10_000_000),
});

export const listAccountsSchema = z.object({ type: z.literal('list-accounts') });

// An extension page restored a backup straight into the database: reminders start afresh.
export const bookRestoredSchema = z.object({ type: z.literal('book-restored') });

export const bookRequestSchema = z.discriminatedUnion('type', [
  getTodaySchema,
  getBuyerSchema,
  quotationSentSchema,
  stepDoneSchema,
  stepSnoozeSchema,
  updateProspectSchema,
  importCustomersSchema,
  listAccountsSchema,
  bookRestoredSchema,
]);

export const accountViewSchema = z.object({ id: z.string(), label: z.string() });

export const todayReplySchema = replySchema(todayViewSchema);
export const buyerReplySchema = replySchema(buyerViewSchema.nullable());
export const bookDoneReplySchema = replySchema(z.null());
export const importReplySchema = replySchema(importReportSchema);
export const accountsReplySchema = replySchema(z.array(accountViewSchema));

export type DueStepView = z.infer<typeof dueStepViewSchema>;
export type TodayView = z.infer<typeof todayViewSchema>;
export type BuyerView = z.infer<typeof buyerViewSchema>;
export type ImportReport = z.infer<typeof importReportSchema>;
export type AccountView = z.infer<typeof accountViewSchema>;
export type BookRequest = z.infer<typeof bookRequestSchema>;
