import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useTranslate } from '../panel/i18n.ts';
import { ProfileForm } from './profile-form.tsx';
import type { ProfileModel } from './profile-model.ts';

// children: the other settings sections (reply templates, backup), mounted by main.tsx so
// tests of the profile need none of their ports.
type Props = { model: ProfileModel; children?: ComponentChildren };

export function OptionsPage({ model, children }: Props) {
  const t = useTranslate();
  const [snapshot, setSnapshot] = useState(model.snapshot());

  useEffect(() => {
    const unsubscribe = model.subscribe(() => setSnapshot(model.snapshot()));
    setSnapshot(model.snapshot());
    return unsubscribe;
  }, [model]);

  return (
    <main class="options" aria-busy={!snapshot.loaded}>
      <h1>{t('profileHeading')}</h1>
      <p class="intro">{t('profileIntro')}</p>
      <ProfileForm snapshot={snapshot} model={model} />
      {children}
    </main>
  );
}
