import type { JSX } from 'preact';
import { displayName } from '../panel/display-names.ts';
import { uiLanguageOf, useTranslate } from '../panel/i18n.ts';
import { type Field, type FieldError, splitList } from './profile-fields.ts';
import type { ProfileModel, ProfileSnapshot } from './profile-model.ts';

type Props = { snapshot: ProfileSnapshot; model: ProfileModel };

type FieldProps = {
  field: Field;
  label: string;
  hint?: string;
  snapshot: ProfileSnapshot;
  model: ProfileModel;
  multiline?: boolean;
  inputMode?: 'numeric' | 'text';
  children?: JSX.Element;
};

function Errors({ id, errors }: { id: string; errors: FieldError[] }) {
  const t = useTranslate();

  return (
    <ul id={id} class="field-errors" role="alert">
      {errors.map((error, index) => (
        <li key={`${error.key}-${index}`}>{t(error.key, error.value)}</li>
      ))}
    </ul>
  );
}

function ProfileField({
  field,
  label,
  hint,
  snapshot,
  model,
  multiline,
  inputMode,
  children,
}: FieldProps) {
  const id = `profile-${field}`;
  const errors = snapshot.errors[field] ?? [];
  const describedBy = [hint ? `${id}-hint` : '', errors.length > 0 ? `${id}-errors` : '']
    .filter(Boolean)
    .join(' ');
  const common = {
    id,
    name: field,
    'data-testid': `profile-${field}`,
    value: snapshot.form[field],
    'aria-invalid': errors.length > 0 ? true : undefined,
    'aria-describedby': describedBy || undefined,
    onInput: (event: { currentTarget: { value: string } }) =>
      model.edit(field, event.currentTarget.value),
  };

  return (
    <div class="field">
      <label for={id}>{label}</label>
      {hint ? (
        <p id={`${id}-hint`} class="hint">
          {hint}
        </p>
      ) : null}
      {multiline ? (
        <textarea rows={4} {...common} />
      ) : (
        <input type="text" inputMode={inputMode} {...common} />
      )}
      {children}
      {errors.length > 0 ? <Errors id={`${id}-errors`} errors={errors} /> : null}
    </div>
  );
}

// The markets as the user types them, named in the interface language, so "AT" is seen to
// be Austria and not Australia before saving.
function MarketNames({ text }: { text: string }) {
  const t = useTranslate();
  const codes = splitList(text).map((code) => code.toUpperCase());
  if (codes.length === 0) {
    return <p class="hint">{t('profileMarketsNone')}</p>;
  }

  const ui = uiLanguageOf(t);
  return (
    <ul class="market-names" data-testid="profile-market-names">
      {codes.map((code, index) => {
        const name = /^[A-Z]{2}$/.test(code) ? displayName('region', code, ui) : null;
        return (
          <li key={`${code}-${index}`} data-code={code} class={name ? '' : 'unknown'}>
            <span class="code">{code}</span> {name ?? '?'}
          </li>
        );
      })}
    </ul>
  );
}

const STATUS_TEXT = {
  idle: null,
  saving: 'profileSaving',
  saved: 'profileSaved',
  invalid: 'profileInvalid',
  failed: 'profileFailed',
} as const;

export function ProfileForm({ snapshot, model }: Props) {
  const t = useTranslate();
  const statusKey = STATUS_TEXT[snapshot.status];
  const shared = { snapshot, model };

  const submit = (event: Event) => {
    event.preventDefault();
    void model.save();
  };

  return (
    <form data-testid="profile-form" class="profile-form" onSubmit={submit} noValidate>
      <fieldset disabled={!snapshot.loaded || snapshot.status === 'saving'}>
        <ProfileField field="companyName" label={t('profileCompanyLabel')} {...shared} />
        <ProfileField
          field="ownDomains"
          label={t('profileDomainsLabel')}
          hint={t('profileDomainsHint')}
          multiline
          {...shared}
        />
        <ProfileField
          field="catalogue"
          label={t('profileCatalogueLabel')}
          hint={t('profileCatalogueHint')}
          multiline
          {...shared}
        />
        <ProfileField
          field="targetMarkets"
          label={t('profileMarketsLabel')}
          hint={t('profileMarketsHint')}
          {...shared}
        >
          <MarketNames text={snapshot.form.targetMarkets} />
        </ProfileField>
        <ProfileField
          field="moq"
          label={t('profileMoqLabel')}
          hint={t('profileMoqHint')}
          inputMode="numeric"
          {...shared}
        />
      </fieldset>
      <div class="form-actions">
        <button
          type="submit"
          class="primary"
          data-testid="profile-save"
          disabled={snapshot.status === 'saving'}
        >
          {t('profileSave')}
        </button>
        <p
          class={`status status-${snapshot.status}`}
          data-testid="profile-status"
          data-status={snapshot.status}
          role="status"
        >
          {statusKey ? t(statusKey, snapshot.failure ?? '') : null}
        </p>
      </div>
    </form>
  );
}
