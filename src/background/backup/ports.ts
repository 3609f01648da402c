import type { AccountView, ImportReport } from '../../messages/panel-to-background.ts';
import type { RestoreReport } from './json-backup.ts';

// What the options page's backup section does, behind one interface so tests hand fakes.
export type BackupPorts = {
  listAccounts(): Promise<AccountView[]>;
  importCustomers(account: string, csv: string): Promise<ImportReport>;
  exportJson(): Promise<string>;
  restoreJson(text: string): Promise<RestoreReport>;
  prospectsCsv(): Promise<string>;
  followUpsCsv(): Promise<string>;
  upcomingIcs(): Promise<string>;
  download(name: string, text: string, type: string): void;
};
