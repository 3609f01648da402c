import {
  bookDoneReplySchema,
  buyerReplySchema,
  getStateReplySchema,
  todayReplySchema,
} from '../../messages/panel-to-background.ts';
import { browser } from '../../platform/browser.ts';
import { hearBroadcasts, request } from '../../platform/messaging.ts';
import type { TodayPorts } from './today-model.ts';

export const browserTodayPorts: TodayPorts = {
  // As the main panel: null when the page is an ordinary tab (tests, the #today page).
  async panelWindow() {
    if (await browser.tabs.getCurrent()) return null;
    return (await browser.windows.getCurrent()).id ?? null;
  },

  getToday: () => request({ type: 'get-today' }, todayReplySchema),

  getBuyer: (windowId) => request({ type: 'get-buyer', windowId }, buyerReplySchema),

  getState: (windowId) => request({ type: 'get-state', windowId }, getStateReplySchema),

  async markDone(stepId) {
    await request({ type: 'step-done', stepId }, bookDoneReplySchema);
  },

  async snooze(stepId, minutes) {
    await request({ type: 'step-snooze', stepId, minutes }, bookDoneReplySchema);
  },

  async quotationSent(tabId) {
    await request({ type: 'quotation-sent', tabId }, bookDoneReplySchema);
  },

  async updateProspect(prospectId, edit) {
    await request({ type: 'update-prospect', prospectId, ...edit }, bookDoneReplySchema);
  },

  // Only the mail page the step came from: a thread URL the worker stored, never mail content.
  async openThread(url) {
    await browser.tabs.create({ url });
  },

  hearBroadcasts,
};
