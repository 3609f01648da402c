import '../messages/zod-setup.ts';
import { render } from 'preact';
import { browser } from '../platform/browser.ts';
import { followDebugSetting, log } from '../platform/log.ts';
import { Panel } from './components/panel.tsx';
import { type Translate, TranslateContext } from './i18n.ts';
import { actionsOf, PanelActionsContext } from './panel-actions.ts';
import { createPanelModel, type PanelModel } from './panel-model.ts';
import { browserPorts } from './panel-ports.ts';
import { browserReplyPorts } from './reply-ports.ts';
import { TodayPage } from './today/today-page.tsx';
import { usePanelSnapshot } from './use-panel-model.ts';
import './panel.css';

const t: Translate = (key, substitutions) => browser.i18n.getMessage(key, substitutions);

function App({ model }: { model: PanelModel }) {
  const snapshot = usePanelSnapshot(model);
  return (
    <Panel
      snapshot={snapshot}
      onGradeAnyway={() => void model.gradeAnyway()}
      replyPorts={browserReplyPorts}
    />
  );
}

// The panel lives as long as its page; nothing aborts this.
const lifetime = new AbortController();
const model = createPanelModel(browserPorts);
const root = document.getElementById('app');

document.documentElement.lang = browser.i18n.getUILanguage();
document.title = t('panelTitle');
followDebugSetting(lifetime.signal);

if (root) {
  render(
    <TranslateContext.Provider value={t}>
      <PanelActionsContext.Provider value={actionsOf(model)}>
        {location.hash === '#today' ? <TodayPage /> : <App model={model} />}
      </PanelActionsContext.Provider>
    </TranslateContext.Provider>,
    root,
  );
}

model.start(lifetime.signal).catch((error) => log.error('panel start', error));
