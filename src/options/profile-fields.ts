import type { z } from 'zod';
import { type SellerSettings, sellerSettingsSchema } from '../messages/panel-to-background.ts';
import type { MessageKey } from '../panel/i18n.ts';

// The settings form holds text as typed; lists are split on new lines and commas, then the
// whole is held to the same schema the worker checks on arrival.

export type ProfileForm = {
  companyName: string;
  ownDomains: string;
  catalogue: string;
  targetMarkets: string;
  moq: string;
};

export type Field = keyof ProfileForm;

export type FieldError = { key: MessageKey; value: string };

export type FieldErrors = Partial<Record<Field, FieldError[]>>;

export type ParsedForm =
  | { ok: true; settings: SellerSettings }
  | { ok: false; errors: FieldErrors };

export const emptyForm = (): ProfileForm => ({
  companyName: '',
  ownDomains: '',
  catalogue: '',
  targetMarkets: '',
  moq: '',
});

export const splitList = (text: string) =>
  text
    .split(/[\n,;]+/)
    .map((item) => item.trim())
    .filter(Boolean);

export function formOf(settings: SellerSettings): ProfileForm {
  return {
    companyName: settings.companyName,
    ownDomains: settings.ownDomains.join('\n'),
    catalogue: settings.catalogue.join('\n'),
    targetMarkets: settings.targetMarkets.join(', '),
    moq: settings.moq === null ? '' : String(settings.moq),
  };
}

const FIELD_KEYS: Record<Field, MessageKey> = {
  companyName: 'profileErrorTooLong',
  ownDomains: 'profileErrorDomain',
  catalogue: 'profileErrorTooLong',
  targetMarkets: 'profileErrorCountry',
  moq: 'profileErrorMoq',
};

function toErrors(issues: z.core.$ZodIssue[], lists: Record<Field, string[]>): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const [field, index] = issue.path as [Field, number | undefined];
    const value = index === undefined ? '' : (lists[field][index] ?? '');
    errors[field] = [...(errors[field] ?? []), { key: FIELD_KEYS[field], value }];
  }

  return errors;
}

export function parseForm(form: ProfileForm): ParsedForm {
  const moqText = form.moq.trim();
  const lists = {
    companyName: [form.companyName],
    ownDomains: splitList(form.ownDomains),
    catalogue: splitList(form.catalogue),
    targetMarkets: splitList(form.targetMarkets),
    moq: [moqText],
  };
  const parsed = sellerSettingsSchema.safeParse({
    companyName: form.companyName,
    ownDomains: lists.ownDomains,
    catalogue: lists.catalogue,
    targetMarkets: lists.targetMarkets,
    moq: moqText === '' ? null : Number(moqText),
  });

  if (!parsed.success) {
    return { ok: false, errors: toErrors(parsed.error.issues, lists) };
  }

  return { ok: true, settings: parsed.data };
}
