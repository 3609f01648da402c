import type { SellerSettings } from '../messages/panel-to-background.ts';
import {
  emptyForm,
  type Field,
  type FieldErrors,
  formOf,
  type ProfileForm,
  parseForm,
} from './profile-fields.ts';

// The settings page's state: the form as typed, what is wrong with it, and how saving went.

export type ProfilePorts = {
  load(): Promise<SellerSettings>;
  save(settings: SellerSettings): Promise<SellerSettings>;
};

export type SaveStatus = 'idle' | 'saving' | 'saved' | 'invalid' | 'failed';

export type ProfileSnapshot = {
  loaded: boolean;
  form: ProfileForm;
  errors: FieldErrors;
  status: SaveStatus;
  failure: string | null;
};

export type ProfileModel = {
  snapshot(): ProfileSnapshot;
  subscribe(listener: () => void): () => void;
  load(): Promise<void>;
  edit(field: Field, value: string): void;
  save(): Promise<void>;
};

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function createProfileModel(ports: ProfilePorts): ProfileModel {
  let snapshot: ProfileSnapshot = {
    loaded: false,
    form: emptyForm(),
    errors: {},
    status: 'idle',
    failure: null,
  };
  const listeners = new Set<() => void>();

  const update = (change: Partial<ProfileSnapshot>) => {
    snapshot = { ...snapshot, ...change };
    for (const listener of listeners) {
      listener();
    }
  };

  return {
    snapshot: () => snapshot,

    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    async load() {
      try {
        update({ loaded: true, form: formOf(await ports.load()) });
      } catch (error) {
        update({ loaded: true, status: 'failed', failure: errorText(error) });
      }
    },

    edit(field, value) {
      const { [field]: _fixed, ...errors } = snapshot.errors;
      update({ form: { ...snapshot.form, [field]: value }, errors, status: 'idle' });
    },

    async save() {
      const parsed = parseForm(snapshot.form);
      if (!parsed.ok) {
        update({ errors: parsed.errors, status: 'invalid' });
        return;
      }

      update({ errors: {}, status: 'saving', failure: null });
      try {
        update({ form: formOf(await ports.save(parsed.settings)), status: 'saved' });
      } catch (error) {
        update({ status: 'failed', failure: errorText(error) });
      }
    },
  };
}
