/** @vitest-environment happy-dom */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import englishFile from '../public/_locales/en/messages.json';
import type { HistoryRecords } from '../src/core/metrics/records.ts';
import { csvText } from '../src/dashboard/csv-download.ts';
import { DashboardPage } from '../src/dashboard/dashboard-page.tsx';
import { DEMO_RANGE, DEMO_TIME_ZONE, demoRecords, demoSeedOf } from '../src/dashboard/demo.ts';
import { TranslateContext, translatorFrom } from '../src/panel/i18n.ts';

// The dashboard page from a seeded history: its tables hold the figures an independent count
// over the raw records gives (Shanghai is UTC+8 all year, so months are a fixed shift).

const DAY_MS = 86_400_000;
const SHANGHAI_MS = 8 * 3_600_000;
const english = translatorFrom(englishFile as Record<string, { message: string }>);
const chinese = translatorFrom({}, 'zh_CN');
const records = demoRecords(7);
const now = DEMO_RANGE.to;

let root: HTMLElement;

beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});

afterEach(() => {
  render(null, root);
  root.remove();
});

function show(history: HistoryRecords | null, t = english, sample = true) {
  act(() => {
    render(
      <TranslateContext.Provider value={t}>
        <DashboardPage
          records={history}
          initialRange={DEMO_RANGE}
          now={now}
          timeZone={DEMO_TIME_ZONE}
          sample={sample}
        />
      </TranslateContext.Provider>,
      root,
    );
  });
}

// The cell of `row` under `column` in the named table, as the page shows it.
function cell(table: string, row: string, column: string): string {
  const element = root.querySelector(`[data-testid="dashboard-table"][data-table="${table}"]`);
  if (!element) throw new Error(`no table ${table}`);
  const columns = [...element.querySelectorAll('thead th')].map((th) =>
    th.getAttribute('data-column'),
  );
  const cells = element.querySelector(`tbody tr[data-row="${row}"]`)?.children;
  const index = columns.indexOf(column);
  if (!cells || index < 0) throw new Error(`no ${row}/${column} in ${table}`);
  return cells[index]?.textContent ?? '';
}

const monthOf = (at: number) => new Date(at + SHANGHAI_MS).toISOString().slice(0, 7);
const within = (at: number, from: number, to: number) => at >= from && at < to;

describe('dashboard from a seeded history', () => {
  it('reads the demo seed from the address', () => {
    expect(demoSeedOf('?demo=7')).toBe(7);
    expect(demoSeedOf('?demo=abc')).toBeNull();
    expect(demoSeedOf('')).toBeNull();
  });

  it('labels sample data and counts inquiries by class and month as the records do', () => {
    show(records);
    expect(root.querySelector('[data-testid="sample-data"]')?.textContent).toMatch(/Sample data/);

    for (const month of ['2026-01', '2026-03', '2026-06']) {
      for (const inquiryClass of ['A', 'C', 'E'] as const) {
        const expected = records.inquiries.filter(
          (inquiry) => inquiry.class === inquiryClass && monthOf(inquiry.receivedAt) === month,
        ).length;
        expect(cell('inquiries-by-month', month, inquiryClass)).toBe(String(expected));
      }
    }
  });

  it('shows quotation feedback within 7 and 30 days by class', () => {
    show(records);
    for (const inquiryClass of ['A', 'B', 'C', 'D'] as const) {
      const sent = records.quotations.filter((quotation) => quotation.class === inquiryClass);
      for (const days of [7, 30]) {
        const eligible = sent.filter((quotation) => quotation.sentAt + days * DAY_MS <= +now);
        const answered = eligible.filter(
          (quotation) =>
            quotation.answeredAt !== null &&
            quotation.answeredAt >= quotation.sentAt &&
            quotation.answeredAt - quotation.sentAt <= days * DAY_MS,
        );
        expect(cell('feedback-by-class', inquiryClass, `eligible_${days}d`)).toBe(
          String(eligible.length),
        );
        expect(cell('feedback-by-class', inquiryClass, `answered_${days}d`)).toBe(
          String(answered.length),
        );
        const rate = eligible.length
          ? `${((answered.length / eligible.length) * 100).toFixed(1)}%`
          : '–';
        expect(cell('feedback-by-class', inquiryClass, `rate_${days}d`)).toBe(rate);
      }
    }
  });

  it('narrows every table to the chosen dates', () => {
    show(records);
    const from = root.querySelector<HTMLInputElement>('[data-testid="range-from"]');
    const to = root.querySelector<HTMLInputElement>('[data-testid="range-to"]');
    expect(from?.value).toBe('2026-01-01');
    expect(to?.value).toBe('2026-06-30');

    act(() => {
      if (!from || !to) return;
      from.value = '2026-02-01';
      from.dispatchEvent(new Event('input', { bubbles: true }));
      to.value = '2026-03-31';
      to.dispatchEvent(new Event('input', { bubbles: true }));
    });

    const start = Date.parse('2026-02-01T00:00:00+08:00');
    const end = Date.parse('2026-04-01T00:00:00+08:00');
    const decided = records.outcomes.filter(
      (outcome) => outcome.class === 'B' && within(outcome.decidedAt, start, end),
    );
    const ordered = decided.filter((outcome) => outcome.outcome === 'ordered').length;
    expect(cell('outcomes', 'B', 'decided')).toBe(String(decided.length));
    expect(cell('outcomes', 'B', 'ordered')).toBe(String(ordered));

    const steps = records.steps.filter((step) => within(step.dueAt, start, end));
    const onTime = steps.filter(
      (step) => step.doneAt !== null && step.doneAt <= step.dueAt + DAY_MS,
    );
    expect(cell('steps-on-time', 'all', 'on_time')).toBe(String(onTime.length));

    const months = [...root.querySelectorAll('[data-table="inquiries-by-month"] tbody tr')].map(
      (row) => row.getAttribute('data-row'),
    );
    expect(months).toEqual(['2026-02', '2026-03']);
  });

  it('tells a new user what will appear, with no tables', () => {
    show(null, english, false);
    expect(root.querySelector('[data-testid="dashboard-empty"]')?.textContent).toMatch(
      /quotation feedback rates/,
    );
    expect(root.querySelector('[data-testid="dashboard-table"]')).toBeNull();
    expect(root.querySelector('[data-testid="sample-data"]')).toBeNull();
  });

  it('speaks Chinese when the interface does', () => {
    show(records, chinese);
    expect(root.querySelector('h1')?.textContent).toBe('数据看板');
    expect(root.querySelector('[data-testid="export-csv"]')?.textContent).toBe('导出 CSV');
  });

  it('exports CSV with a byte order mark for Excel', () => {
    const text = csvText([
      ['source', 'sent'],
      ['展会', '3'],
    ]);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.slice(1)).toBe('source,sent\r\n展会,3');
  });
});
