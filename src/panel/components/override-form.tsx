import { useEffect, useRef, useState } from 'preact/hooks';
import type { Factor } from '../../core/grade-types.ts';
import {
  type OverrideInput,
  overrideInputSchema,
  overrideRangeOf,
} from '../../messages/panel-to-background.ts';
import { type MessageKey, useTranslate } from '../i18n.ts';

type Props = {
  factor: Factor;
  current: number;
  onSave: (override: OverrideInput) => void;
  onCancel: () => void;
};

type Errors = { value?: MessageKey; reason?: MessageKey };

const REASON_KEYS = new Set<string>(['overrideErrorReason', 'overrideErrorReasonLong']);

// zod names the broken field; its message is an interface text key where the schema set one.
function errorsOf(issues: { path: PropertyKey[]; message: string }[]): Errors {
  const errors: Errors = {};
  for (const issue of issues) {
    if (issue.path[0] === 'value') errors.value = 'overrideErrorValue';
    if (issue.path[0] === 'reason') {
      errors.reason = REASON_KEYS.has(issue.message)
        ? (issue.message as MessageKey)
        : 'overrideErrorReason';
    }
  }

  return errors;
}

export function OverrideForm({ factor, current, onSave, onCancel }: Props) {
  const t = useTranslate();
  const [value, setValue] = useState(String(current));
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const valueInput = useRef<HTMLInputElement>(null);
  const { min, max } = overrideRangeOf(factor);
  const id = `override-${factor}`;

  useEffect(() => valueInput.current?.focus(), []);

  const submit = (event: Event) => {
    event.preventDefault();
    const typed = value.trim() === '' ? Number.NaN : Number(value);
    const parsed = overrideInputSchema.safeParse({ factor, value: typed, reason });
    if (!parsed.success) {
      setErrors(errorsOf(parsed.error.issues));
      return;
    }

    onSave(parsed.data);
  };

  return (
    <form class="override-form" data-testid="override-form" onSubmit={submit} noValidate>
      <label for={`${id}-value`}>{t('overrideValueLabel', [String(min), String(max)])}</label>
      <input
        ref={valueInput}
        id={`${id}-value`}
        data-testid="override-value"
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        step={1}
        value={value}
        aria-invalid={errors.value ? true : undefined}
        aria-describedby={errors.value ? `${id}-value-error` : undefined}
        onInput={(event) => setValue(event.currentTarget.value)}
      />
      {errors.value ? (
        <p id={`${id}-value-error`} class="field-error" role="alert">
          {t(errors.value, [String(min), String(max)])}
        </p>
      ) : null}
      <label for={`${id}-reason`}>{t('overrideReasonLabel')}</label>
      <textarea
        id={`${id}-reason`}
        data-testid="override-reason"
        rows={2}
        required
        value={reason}
        aria-invalid={errors.reason ? true : undefined}
        aria-describedby={errors.reason ? `${id}-reason-error` : undefined}
        onInput={(event) => setReason(event.currentTarget.value)}
      />
      {errors.reason ? (
        <p id={`${id}-reason-error`} class="field-error" role="alert">
          {t(errors.reason)}
        </p>
      ) : null}
      <div class="form-actions">
        <button type="submit" class="primary" data-testid="override-save">
          {t('overrideSave')}
        </button>
        <button type="button" data-testid="override-cancel" onClick={onCancel}>
          {t('overrideCancel')}
        </button>
      </div>
    </form>
  );
}
