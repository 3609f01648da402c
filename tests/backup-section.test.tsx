/** @vitest-environment happy-dom */
import '../src/messages/zod-setup.ts';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BackupPorts } from '../src/background/backup/ports.ts';

// The options page's data section against fake ports: the customer import's report, the
// backup's refusal message, and the downloads it offers.

vi.mock('../src/platform/browser.ts', () => ({
  browser: { i18n: { getUILanguage: () => 'en-US' } },
  listen: () => {},
  isExtensionPage: () => false,
}));

const { BackupSection } = await import('../src/options/backup.tsx');

type Fake = BackupPorts & { downloads: [string, string, string][]; imported: [string, string][] };

function fakePorts(): Fake {
  const fake: Fake = {
    downloads: [],
    imported: [],
    listAccounts: async () => [
      { id: 'gmail:mail.google.com/u/0', label: 'Gmail 1 (mail.google.com/u/0)' },
      { id: 'gmail:mail.google.com/u/1', label: 'Gmail 2 (mail.google.com/u/1)' },
    ],
    importCustomers: async (account, csv) => {
      fake.imported.push([account, csv]);
      return {
        added: 2,
        updated: 1,
        refused: [{ line: 4, reasons: ['no email address or domain'] }],
      };
    },
    exportJson: async () => '{"format":"inquiry-triage-book"}',
    restoreJson: async () => {
      throw new Error('The file is not an Inquiry Triage backup.');
    },
    prospectsCsv: async () => '\uFEFFName',
    followUpsCsv: async () => '\uFEFFDue',
    upcomingIcs: async () => 'BEGIN:VCALENDAR',
    download: (name, text, type) => void fake.downloads.push([name, text, type]),
  };
  return fake;
}

let container: HTMLElement;

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
});

afterEach(() => {
  render(null, container);
  container.remove();
});

async function show(ports: Fake) {
  await act(async () => {
    render(<BackupSection ports={ports} language="en" />, container);
  });
  await settle();
}

const settle = () =>
  act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });

async function chooseFile(testId: string, file: File) {
  const input = container.querySelector(`[data-testid="${testId}"]`) as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await settle();
}

describe('the data section of the options page', () => {
  it('imports customers into the chosen mailbox and reports refused rows', async () => {
    const ports = fakePorts();
    await show(ports);

    const select = container.querySelector(
      '[data-testid="customers-account"]',
    ) as HTMLSelectElement;
    await act(async () => {
      select.value = 'gmail:mail.google.com/u/1';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await chooseFile(
      'customers-file',
      new File(['Name,Email\n'], 'customers.csv', { type: 'text/csv' }),
    );

    expect(ports.imported).toEqual([['gmail:mail.google.com/u/1', 'Name,Email\n']]);
    expect(container.querySelector('[data-testid="customers-report"] p')?.textContent).toBe(
      '2 added · 1 updated · 1 refused',
    );
    expect(container.querySelector('[data-testid="refused-row"]')?.textContent).toBe(
      'Line 4: no email address or domain',
    );
  });

  it('says why a backup file was refused', async () => {
    const ports = fakePorts();
    vi.stubGlobal('confirm', () => true);
    await show(ports);

    await chooseFile(
      'backup-restore',
      new File(['{}'], 'contacts.json', { type: 'application/json' }),
    );
    expect(container.querySelector('[data-testid="backup-message"]')?.textContent).toBe(
      'The file is not an Inquiry Triage backup.',
    );
    vi.unstubAllGlobals();
  });

  it('offers the backup, both spreadsheets and the calendar as downloads', async () => {
    const ports = fakePorts();
    await show(ports);

    for (const id of ['backup-export', 'export-prospects', 'export-follow-ups', 'export-ics']) {
      await act(async () =>
        (container.querySelector(`[data-testid="${id}"]`) as HTMLButtonElement).click(),
      );
      await settle();
    }
    expect(
      ports.downloads.map(([name, , type]) => [name.replace(/\d{4}-\d{2}-\d{2}/, 'DATE'), type]),
    ).toEqual([
      ['inquiry-triage-backup-DATE.json', 'application/json'],
      ['prospects-DATE.csv', 'text/csv;charset=utf-8'],
      ['follow-ups-DATE.csv', 'text/csv;charset=utf-8'],
      ['follow-ups-DATE.ics', 'text/calendar;charset=utf-8'],
    ]);
  });
});
