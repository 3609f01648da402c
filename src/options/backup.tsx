import { useEffect, useState } from 'preact/hooks';
import { browserBackupPorts } from '../background/backup/page-ports.ts';
import type { BackupPorts } from '../background/backup/ports.ts';
import { type Language, languageOf } from '../background/reminders/step-text.ts';
import type { AccountView, ImportReport } from '../messages/panel-to-background.ts';
import { browser } from '../platform/browser.ts';

// The options page's "Your data" section: customers from a spreadsheet, the whole book as
// one backup file and back, and exports for Excel and calendars. The options page owner
// mounts <BackupSection />; tests pass fake ports.
// TODO [2027-06-01]: move the words into _locales with the options page's own.

const WORDS = {
  heading: { en: 'Your data', zh: '数据' },
  customers: { en: 'Existing customers from a CSV file', zh: '从 CSV 文件导入老客户' },
  customersHint: {
    en: 'Columns: name, email, domain, company, country, tags, notes (English or Chinese headers). Their next inquiry counts as an existing customer’s.',
    zh: '列：姓名、邮箱、域名、公司、国家、标签、备注（中英文表头均可）。导入后，这些客户的下一封询盘按老客户计分。',
  },
  account: { en: 'Mailbox', zh: '邮箱账户' },
  chooseCsv: { en: 'Import customers (CSV)', zh: '导入客户（CSV）' },
  added: { en: 'added', zh: '新增' },
  updated: { en: 'updated', zh: '更新' },
  refused: { en: 'refused', zh: '拒绝' },
  line: { en: 'Line', zh: '第' },
  backup: { en: 'Backup', zh: '备份' },
  backupHint: {
    en: 'One file with every buyer, inquiry, quotation, follow-up and note. Restoring replaces the whole book; a file that is damaged or not a backup is refused and nothing changes.',
    zh: '一个文件包含全部客户、询盘、报价、跟进和备注。恢复会替换全部数据；损坏或非备份文件会被拒绝，数据保持不变。',
  },
  exportJson: { en: 'Export backup', zh: '导出备份' },
  restoreJson: { en: 'Restore from backup', zh: '从备份恢复' },
  confirmRestore: {
    en: 'Replace the whole book with this backup?',
    zh: '用此备份替换全部数据？',
  },
  restored: { en: 'Restored', zh: '已恢复' },
  records: { en: 'records', zh: '条记录' },
  exports: { en: 'Exports', zh: '导出' },
  prospectsCsv: { en: 'Prospects (Excel CSV)', zh: '客户（Excel CSV）' },
  followUpsCsv: { en: 'Follow-ups (Excel CSV)', zh: '跟进（Excel CSV）' },
  ics: { en: 'Upcoming follow-ups (calendar .ics)', zh: '即将到期的跟进（日历 .ics）' },
} as const;

type Word = keyof typeof WORDS;
const say = (key: Word, language: Language) => WORDS[key][language];

const today = () => new Date().toISOString().slice(0, 10);

type Message = { kind: 'ok' | 'error'; text: string } | null;

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

function Report({ report, language }: { report: ImportReport; language: Language }) {
  return (
    <div data-testid="customers-report">
      <p>
        {report.added} {say('added', language)} · {report.updated} {say('updated', language)} ·{' '}
        {report.refused.length} {say('refused', language)}
      </p>
      {report.refused.length > 0 ? (
        <ul class="refused-rows">
          {report.refused.map((row) => (
            <li key={row.line} data-testid="refused-row">
              {say('line', language)} {row.line}: {row.reasons.join('; ')}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

function Customers({ ports, language }: { ports: BackupPorts; language: Language }) {
  const [accounts, setAccounts] = useState<AccountView[]>([]);
  const [account, setAccount] = useState('');
  const [report, setReport] = useState<ImportReport | null>(null);
  const [message, setMessage] = useState<Message>(null);

  useEffect(() => {
    ports.listAccounts().then(
      (list) => {
        setAccounts(list);
        setAccount((chosen) => chosen || list[0]?.id || '');
      },
      (error) => setMessage({ kind: 'error', text: errorText(error) }),
    );
  }, [ports]);

  const importFile = async (file: File | undefined) => {
    if (!file || !account) return;

    setMessage(null);
    try {
      setReport(await ports.importCustomers(account, await file.text()));
    } catch (error) {
      setReport(null);
      setMessage({ kind: 'error', text: errorText(error) });
    }
  };

  return (
    <section class="customers-import">
      <h2>{say('customers', language)}</h2>
      <p class="muted">{say('customersHint', language)}</p>
      <label>
        {say('account', language)}{' '}
        <select
          data-testid="customers-account"
          value={account}
          onChange={(event) => setAccount(event.currentTarget.value)}
        >
          {accounts.map((option) => (
            <option key={option.id} value={option.id}>
              {option.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        {say('chooseCsv', language)}{' '}
        <input
          type="file"
          accept=".csv,text/csv"
          data-testid="customers-file"
          onChange={(event) => void importFile(event.currentTarget.files?.[0])}
        />
      </label>
      {report ? <Report report={report} language={language} /> : null}
      {message ? (
        <p class={message.kind} role="alert" data-testid="customers-message">
          {message.text}
        </p>
      ) : null}
    </section>
  );
}

function Backup({ ports, language }: { ports: BackupPorts; language: Language }) {
  const [message, setMessage] = useState<Message>(null);

  const run = async (action: () => Promise<void>) => {
    setMessage(null);
    try {
      await action();
    } catch (error) {
      setMessage({ kind: 'error', text: errorText(error) });
    }
  };

  const restore = (file: File | undefined) =>
    run(async () => {
      if (!file || !globalThis.confirm(say('confirmRestore', language))) return;

      const report = await ports.restoreJson(await file.text());
      const total = Object.values(report).reduce((sum, count) => sum + count, 0);
      setMessage({
        kind: 'ok',
        text: `${say('restored', language)}: ${total} ${say('records', language)}`,
      });
    });

  const download = (name: string, type: string, make: () => Promise<string>) =>
    run(async () => ports.download(name, await make(), type));

  return (
    <>
      <section class="backup">
        <h2>{say('backup', language)}</h2>
        <p class="muted">{say('backupHint', language)}</p>
        <button
          type="button"
          data-testid="backup-export"
          onClick={() =>
            void download(
              `inquiry-triage-backup-${today()}.json`,
              'application/json',
              ports.exportJson,
            )
          }
        >
          {say('exportJson', language)}
        </button>{' '}
        <label>
          {say('restoreJson', language)}{' '}
          <input
            type="file"
            accept=".json,application/json"
            data-testid="backup-restore"
            onChange={(event) => void restore(event.currentTarget.files?.[0])}
          />
        </label>
        {message ? (
          <p class={message.kind} role="alert" data-testid="backup-message">
            {message.text}
          </p>
        ) : null}
      </section>
      <section class="exports">
        <h2>{say('exports', language)}</h2>
        <button
          type="button"
          data-testid="export-prospects"
          onClick={() =>
            void download(`prospects-${today()}.csv`, 'text/csv;charset=utf-8', ports.prospectsCsv)
          }
        >
          {say('prospectsCsv', language)}
        </button>{' '}
        <button
          type="button"
          data-testid="export-follow-ups"
          onClick={() =>
            void download(`follow-ups-${today()}.csv`, 'text/csv;charset=utf-8', ports.followUpsCsv)
          }
        >
          {say('followUpsCsv', language)}
        </button>{' '}
        <button
          type="button"
          data-testid="export-ics"
          onClick={() =>
            void download(
              `follow-ups-${today()}.ics`,
              'text/calendar;charset=utf-8',
              ports.upcomingIcs,
            )
          }
        >
          {say('ics', language)}
        </button>
      </section>
    </>
  );
}

export function BackupSection({
  ports = browserBackupPorts,
  language,
}: {
  ports?: BackupPorts;
  language?: Language;
}) {
  const shown = language ?? languageOf(browser.i18n.getUILanguage());

  return (
    <div class="backup-section" data-testid="backup-section">
      <h1>{say('heading', shown)}</h1>
      <Customers ports={ports} language={shown} />
      <Backup ports={ports} language={shown} />
    </div>
  );
}
