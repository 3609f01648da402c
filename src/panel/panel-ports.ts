import {
  getStateReplySchema,
  gradeAnywayReplySchema,
  overridesReplySchema,
} from '../messages/panel-to-background.ts';
import { browser } from '../platform/browser.ts';
import { hearBroadcasts, request } from '../platform/messaging.ts';
import type { PanelPorts } from './panel-model.ts';

export const browserPorts: PanelPorts = {
  // tabs.getCurrent answers a tab only for a page open as an ordinary tab (as tests open
  // it); in the side panel it answers nothing. Neither call needs the "tabs" permission.
  async panelWindow() {
    const asTab = await browser.tabs.getCurrent();
    if (asTab) {
      return null;
    }

    const current = await browser.windows.getCurrent();
    return current.id ?? null;
  },

  getState: (windowId) => request({ type: 'get-state', windowId }, getStateReplySchema),

  gradeAnyway: (tabId) => request({ type: 'grade-anyway', tabId }, gradeAnywayReplySchema),

  getOverrides: (target) => request({ type: 'get-overrides', ...target }, overridesReplySchema),

  saveOverride: (target, override) =>
    request({ type: 'save-override', ...target, override }, overridesReplySchema),

  undoOverride: (target, factor) =>
    request({ type: 'undo-override', ...target, factor }, overridesReplySchema),

  openSettings: () => browser.runtime.openOptionsPage(),

  hearBroadcasts,

  now: () => Date.now(),
};
