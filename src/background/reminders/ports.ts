// What the reminders do to the browser, behind one interface: the worker hands the real
// APIs (browser-ports.ts), tests hand fakes.

export type NotificationContent = {
  title: string;
  message: string;
  contextMessage: string;
  // 2 for an alert: Chrome keeps it on screen until the user acts.
  priority: 0 | 1 | 2;
  buttons: readonly string[];
};

export type ReminderPorts = {
  setBadge(text: string, color: string): Promise<void>;
  notify(id: string, content: NotificationContent): Promise<void>;
  clearNotification(id: string): Promise<void>;
  openTab(url: string): Promise<void>;
  // The page the Today view opens at, for browsers whose notifications have no buttons.
  todayUrl(): string;
  // Firefox shows no buttons on notifications.
  buttonsSupported(): boolean;
  uiLanguage(): string;
  bookChanged(): Promise<void>;
  // A notification that could not be shown is reported, and the sweep goes on: the step is
  // still on the badge and in the Today view.
  reportError(context: string, error: unknown): void;
};
