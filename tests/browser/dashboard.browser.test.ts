import { readFile } from 'node:fs/promises';
import axe from 'axe-core';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtensionBrowser } from '../../demo/launch-chromium.ts';
import { generateHistory } from '../../src/core/history/generate-history.ts';
import { launchExtension } from './support.ts';

// The dashboard page in Chromium with `?demo=7`: every figure checked here is counted in the
// test straight from generateHistory's raw records for the same seed and range, not through
// the metrics code the page uses.

const DAY_MS = 86_400_000;
const SHANGHAI_MS = 8 * 3_600_000;
const RANGE = {
  from: new Date('2026-01-01T00:00:00+08:00'),
  to: new Date('2026-07-01T00:00:00+08:00'),
};
const NOW = RANGE.to.getTime();
const records = generateHistory({
  seed: 7,
  range: RANGE,
  now: RANGE.to,
  sellerTimeZone: 'Asia/Shanghai',
});
const CLASSES = ['A', 'B', 'C', 'D', 'E'] as const;

type Tables = Record<string, Record<string, Record<string, string>>>;

// Every dashboard table as { table: { row: { column: text } } }.
function readTables(page: Page): Promise<Tables> {
  return page.evaluate(() => {
    const tables: Record<string, Record<string, Record<string, string>>> = {};
    for (const table of document.querySelectorAll('[data-testid="dashboard-table"]')) {
      const columns = [...table.querySelectorAll('thead th')].map(
        (th) => th.getAttribute('data-column') ?? '',
      );
      const rows: Record<string, Record<string, string>> = {};
      for (const row of table.querySelectorAll('tbody tr')) {
        const cells = [...row.children].map((cell) => cell.textContent ?? '');
        rows[row.getAttribute('data-row') ?? ''] = Object.fromEntries(
          columns.map((column, index) => [column, cells[index] ?? '']),
        );
      }
      tables[table.getAttribute('data-table') ?? ''] = rows;
    }
    return tables;
  });
}

const monthOf = (at: number) => new Date(at + SHANGHAI_MS).toISOString().slice(0, 7);
const inside = (at: number, from: number, to: number) => at >= from && at < to;

function feedbackCounts(sentAts: { sentAt: number; answeredAt: number | null }[], days: number) {
  const eligible = sentAts.filter((quotation) => quotation.sentAt + days * DAY_MS <= NOW);
  const answered = eligible.filter(
    (quotation) =>
      quotation.answeredAt !== null &&
      quotation.answeredAt >= quotation.sentAt &&
      quotation.answeredAt - quotation.sentAt <= days * DAY_MS,
  );
  return { eligible: String(eligible.length), answered: String(answered.length) };
}

function expectFigures(tables: Tables, from: number, to: number, months: string[]) {
  expect(Object.keys(tables['inquiries-by-month'] ?? {})).toEqual(months);
  for (const month of months) {
    const ofMonth = records.inquiries.filter((inquiry) => monthOf(inquiry.receivedAt) === month);
    for (const inquiryClass of CLASSES) {
      expect(tables['inquiries-by-month']?.[month]?.[inquiryClass]).toBe(
        String(ofMonth.filter((inquiry) => inquiry.class === inquiryClass).length),
      );
    }
    expect(tables['inquiries-by-month']?.[month]?.total).toBe(String(ofMonth.length));
  }

  const sent = records.quotations.filter((quotation) => inside(quotation.sentAt, from, to));
  const decided = records.outcomes.filter((outcome) => inside(outcome.decidedAt, from, to));
  const steps = records.steps.filter((step) => inside(step.dueAt, from, to));
  const received = records.inquiries.filter((inquiry) => inside(inquiry.receivedAt, from, to));

  for (const inquiryClass of CLASSES) {
    const ofClass = sent.filter((quotation) => quotation.class === inquiryClass);
    const row = tables['feedback-by-class']?.[inquiryClass];
    expect(row?.sent).toBe(String(ofClass.length));
    for (const days of [7, 30]) {
      const counts = feedbackCounts(ofClass, days);
      expect(row?.[`eligible_${days}d`]).toBe(counts.eligible);
      expect(row?.[`answered_${days}d`]).toBe(counts.answered);
    }

    const outcomes = decided.filter((outcome) => outcome.class === inquiryClass);
    const ordered = outcomes.filter((outcome) => outcome.outcome === 'ordered').length;
    expect(tables.outcomes?.[inquiryClass]?.ordered).toBe(String(ordered));
    expect(tables.outcomes?.[inquiryClass]?.lost).toBe(String(outcomes.length - ordered));

    const inquiries = received.filter((inquiry) => inquiry.class === inquiryClass);
    expect(tables['first-response']?.[inquiryClass]?.inquiries).toBe(String(inquiries.length));
    expect(tables['first-response']?.[inquiryClass]?.answered).toBe(
      String(inquiries.filter((inquiry) => inquiry.firstResponseAt !== null).length),
    );
  }

  for (const month of months) {
    const counts = feedbackCounts(
      sent.filter((quotation) => monthOf(quotation.sentAt) === month),
      30,
    );
    expect(tables['feedback-by-month']?.[month]?.eligible_30d).toBe(counts.eligible);
    expect(tables['feedback-by-month']?.[month]?.answered_30d).toBe(counts.answered);
  }

  for (const source of new Set(sent.map((quotation) => quotation.source))) {
    const counts = feedbackCounts(
      sent.filter((quotation) => quotation.source === source),
      7,
    );
    expect(tables['feedback-by-source']?.[source]?.answered_7d).toBe(counts.answered);
  }

  const done = steps.filter((step) => step.doneAt !== null);
  const onTime = done.filter((step) => (step.doneAt ?? 0) <= step.dueAt + DAY_MS).length;
  const missed = steps.filter((step) => step.doneAt === null && step.dueAt + DAY_MS < NOW).length;
  expect(tables['steps-on-time']?.all?.on_time).toBe(String(onTime));
  expect(tables['steps-on-time']?.all?.late).toBe(String(done.length - onTime));
  expect(tables['steps-on-time']?.all?.missed).toBe(String(missed));
}

describe('dashboard page with sample data', () => {
  let browser: ExtensionBrowser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchExtension();
    page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/src/dashboard/index.html?demo=7`);
    await page.getByTestId('dashboard-table').first().waitFor();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('says the figures are sample data', async () => {
    await expect(page.getByTestId('sample-data').textContent()).resolves.toMatch(/Sample data/);
    expect(records.inquiries.length).toBeGreaterThan(500);
  });

  it('shows the figures counted from the same seeded history', async () => {
    expectFigures(await readTables(page), RANGE.from.getTime(), RANGE.to.getTime(), [
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
    ]);
  });

  it('narrows the figures to the chosen dates', async () => {
    await page.getByTestId('range-from').fill('2026-03-01');
    await page.getByTestId('range-to').fill('2026-04-30');
    await expect
      .poll(async () => Object.keys((await readTables(page))['inquiries-by-month'] ?? {}))
      .toEqual(['2026-03', '2026-04']);

    expectFigures(
      await readTables(page),
      Date.parse('2026-03-01T00:00:00+08:00'),
      Date.parse('2026-05-01T00:00:00+08:00'),
      ['2026-03', '2026-04'],
    );
  });

  it('downloads a table as CSV that Excel reads as UTF-8', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-testid="export-csv"][data-table="outcomes"]').click(),
    ]);
    expect(download.suggestedFilename()).toBe('inquiry-triage-outcomes.csv');
    const path = await download.path();
    const bytes = await readFile(path);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString('utf8').split('\r\n')[0]).toBe(
      'class,ordered,lost,decided,share_ordered',
    );
  });

  it('has no serious or critical accessibility violation', async () => {
    await page.evaluate(axe.source);
    const violations = await page.evaluate(async () => {
      const { axe: inPage } = window as unknown as { axe: typeof axe };
      const results = await inPage.run(document, { resultTypes: ['violations'] });
      return results.violations
        .filter((violation) => ['serious', 'critical'].includes(violation.impact ?? ''))
        .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target)}`);
    });
    expect(violations).toEqual([]);
  });

  it('tells a new user what will appear when there is no history', async () => {
    const empty = await browser.context.newPage();
    await empty.goto(`chrome-extension://${browser.extensionId}/src/dashboard/index.html`);
    await expect(empty.getByTestId('dashboard-empty').textContent()).resolves.toMatch(
      /quotation feedback rates/,
    );
    expect(await empty.getByTestId('dashboard-table').count()).toBe(0);
    await empty.close();
  });
});
