import '../messages/zod-setup.ts';
import { render } from 'preact';
import { deleteAllDataReplySchema, profileReplySchema } from '../messages/panel-to-background.ts';
import { type Translate, TranslateContext } from '../panel/i18n.ts';
import { browser } from '../platform/browser.ts';
import { followDebugSetting, log } from '../platform/log.ts';
import { request } from '../platform/messaging.ts';
import { BackupSection } from './backup.tsx';
import { type DeleteDataPorts, DeleteDataSection } from './delete-data.tsx';
import { OptionsPage } from './options-page.tsx';
import { createProfileModel, type ProfilePorts } from './profile-model.ts';
import { templatePorts } from './template-ports.ts';
import { TemplateEditor } from './templates.tsx';
import './options.css';

const t: Translate = (key, substitutions) => browser.i18n.getMessage(key, substitutions);

// The worker keeps the profile; this page only asks it, like the panel does.
const ports: ProfilePorts = {
  load: () => request({ type: 'get-profile' }, profileReplySchema),
  save: (profile) => request({ type: 'save-profile', profile }, profileReplySchema),
};

const deletePorts: DeleteDataPorts = {
  deleteAll: () =>
    request({ type: 'delete-all-data', confirm: 'DELETE' }, deleteAllDataReplySchema),
};

// The page lives as long as its tab; nothing aborts this.
const lifetime = new AbortController();
const model = createProfileModel(ports);
const root = document.getElementById('app');

document.documentElement.lang = browser.i18n.getUILanguage();
document.title = t('optionsTitle');
followDebugSetting(lifetime.signal);

if (root) {
  render(
    <TranslateContext.Provider value={t}>
      <OptionsPage model={model}>
        <TemplateEditor ports={templatePorts} />
        <BackupSection />
        <DeleteDataSection ports={deletePorts} />
      </OptionsPage>
    </TranslateContext.Provider>,
    root,
  );
}

model.load().catch((error) => log.error('options load', error));
