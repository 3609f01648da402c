import { useEffect, useState } from 'preact/hooks';
import { languageOf } from '../../background/reminders/step-text.ts';
import { browser } from '../../platform/browser.ts';
import { log } from '../../platform/log.ts';
import { TodayView } from '../components/today-view.tsx';
import { createTodayModel } from './today-model.ts';
import { browserTodayPorts } from './today-ports.ts';

// The Today view as a page of its own (src/panel/index.html#today): where a notification
// without buttons (Firefox) leads, and what the panel owner mounts beside the grade.
export function TodayPage() {
  const [model] = useState(() => createTodayModel(browserTodayPorts));
  const language = languageOf(browser.i18n.getUILanguage());

  useEffect(() => {
    const lifetime = new AbortController();
    model.start(lifetime.signal).catch((error) => log.error('today view', error));
    return () => lifetime.abort();
  }, [model]);

  return (
    <main class="panel today-page">
      <TodayView model={model} language={language} />
    </main>
  );
}
