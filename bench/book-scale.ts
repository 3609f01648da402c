// The prospect book at scale (issue 7): 50,000 prospects and 500,000 follow-up steps in
// Chromium's real IndexedDB, written from an extension page, then the worker's own queries
// timed where they run (finding the due steps, refreshing the badge, the Today view's data)
// and the panel's opening timed in the page. Prints the figures docs/benchmarks.md records.
//
// Run: npx tsx bench/book-scale.ts [prospects] [steps per prospect] [overdue steps]
// It builds the test-hooks build into dist-test/ (the product's dist/ has no hooks).
import { performance } from 'node:perf_hooks';
import type { Page, Worker } from 'playwright-core';
import { launchWithExtension } from '../demo/launch-chromium.ts';
import { buildTestExtension, testDist } from '../tests/browser/book-support.ts';
import { chromiumPath } from '../tests/browser/chromium-path.ts';

const PROSPECTS = Number(process.argv[2] ?? 50_000);
const STEPS_PER_PROSPECT = Number(process.argv[3] ?? 10);
const OVERDUE = Number(process.argv[4] ?? 2_000);
const RUNS = 30;

type Seed = { prospects: number; stepsPer: number; overdue: number; now: number };

// Runs in the extension page: plain IndexedDB, records shaped as src/db/records.ts says,
// in chunks of a few thousand prospects per transaction.
function seedBook({ prospects, stepsPer, overdue, now }: Seed): Promise<Record<string, number>> {
  const DAY = 86_400_000;
  const account = 'gmail:mail.google.com/u/0';
  const counts = { prospects: 0, inquiries: 0, followUps: 0, pending: 0, due: 0, activities: 0 };
  const purposes = ['confirm-receipt', 'ask-feedback', 'reconnect', 'periodic-contact'];
  let overdueLeft = overdue;

  const open = () =>
    new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('inquiry-triage-book');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });

  const chunk = (db: IDBDatabase, from: number, to: number) =>
    new Promise<void>((resolve, reject) => {
      const tx = db.transaction(['prospects', 'inquiries', 'followUps', 'activities'], 'readwrite');
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
      for (let i = from; i < to; i++) {
        const id = `p-${i}`;
        const email = `buyer${i}@company${i % 9000}.example`;
        // Quoted at some point in the last two years, spread evenly.
        const quotedAt = now - Math.floor((i / prospects) * 730 * DAY) - 3_600_000;
        tx.objectStore('prospects').put({
          id,
          account,
          name: `Buyer ${i}`,
          emails: [email],
          domains: [`company${i % 9000}.example`],
          company: `Company ${i % 9000}`,
          country: 'DE',
          class: 'ABCD'[i % 4],
          stage: 'quoted',
          tags: [],
          notes: '',
          customer: false,
          source: 'mail',
          createdAt: quotedAt,
          updatedAt: quotedAt,
          emailKeys: [`${account}|${email}`],
          domainKeys: [`${account}|company${i % 9000}.example`],
        });
        const inquiryId = `i-${i}`;
        const threadUrl = `https://mail.google.com/mail/u/0/#inbox/${(1e15 + i).toString(16)}`;
        tx.objectStore('inquiries').put({
          id: inquiryId,
          account,
          prospectId: id,
          threadKey: `gmail:t-${i}`,
          messageKey: `gmail:t-${i}/m`,
          threadUrl,
          subject: `RFQ ${i}`,
          receivedAt: quotedAt - 3_600_000,
          gradedAt: quotedAt,
          class: 'ABCD'[i % 4],
          total: 600,
          factors: { source: 10, product: 10, terms: 10, identity: 10, fit: 10, intent: 6 },
          evidence: [],
          redFlags: [],
          overrides: [],
          recipients: [],
          answeredAt: quotedAt,
          cadence: {
            quotedAt,
            inquiryClass: 'ABCD'[i % 4],
            buyer: { country: 'DE', timeZone: 'Europe/Berlin', zoneSource: 'country' },
            state: 'active',
            stage: 'quoted',
          },
        });
        for (let k = 0; k < stepsPer; k++) {
          const dueAt = quotedAt + (k < 7 ? k + 1 : (k - 6) * 30) * DAY;
          const past = dueAt <= now;
          const keepOpen = past && overdueLeft > 0 && k === stepsPer - 1 - (i % 3);
          if (keepOpen) overdueLeft--;
          const pending = !past || keepOpen;
          const step: Record<string, unknown> = {
            id: `s-${i}-${k}`,
            account,
            inquiryId,
            prospectId: id,
            kind: 'cadence',
            stepId: `step-d${k}`,
            day: k,
            channel: k % 2 ? 'phone' : 'email',
            purpose: purposes[k % 4],
            dueAt,
            callBy: null,
            status: pending ? 'pending' : 'done',
            snoozedUntil: null,
            notifiedAt: past ? dueAt : null,
            doneAt: pending ? null : dueAt,
            threadUrl,
            createdAt: quotedAt,
          };
          if (pending) {
            step.pendingDueAt = dueAt;
            counts.pending++;
          }
          if (pending && !past) step.notifyAt = dueAt;
          if (keepOpen) counts.due++;
          tx.objectStore('followUps').put(step);
          counts.followUps++;
        }
        for (const [n, kind] of [
          [0, 'inquiry-read'],
          [1, 'quotation-sent'],
        ] as const) {
          tx.objectStore('activities').put({
            id: `a-${i}-${n}`,
            account,
            prospectId: id,
            inquiryId,
            at: quotedAt + n,
            kind,
            detail: '',
            messageKey: null,
          });
          counts.activities++;
        }
        counts.prospects++;
        counts.inquiries++;
      }
    });

  return (async () => {
    const db = await open();
    for (let from = 0; from < prospects; from += 2_000) {
      await chunk(db, from, Math.min(prospects, from + 2_000));
    }
    db.close();
    return counts;
  })();
}

type Timings = {
  dueSummary: number[];
  exactCount: number[];
  todayView: number[];
  refresh: number[];
  firstRefresh: number;
  count: number;
};

// Runs in the worker: the product's own code, reached through the test build's hook.
function timeWorker(runs: number): Promise<Timings> {
  type Bench = {
    bookDb(): unknown;
    dueSummary(db: unknown, now: number): Promise<{ count: number }>;
    todayView(db: unknown, now: number): Promise<unknown>;
    refreshReminders(now: number): Promise<void>;
  };
  const bench = (globalThis as unknown as { inquiryTriageBench: Bench }).inquiryTriageBench;
  const db = bench.bookDb();
  const time = async (run: () => Promise<unknown>) => {
    const started = performance.now();
    await run();
    return performance.now() - started;
  };

  return (async () => {
    const now = Date.now();
    const firstRefresh = await time(() => bench.refreshReminders(now));
    const timings: Timings = {
      dueSummary: [],
      exactCount: [],
      todayView: [],
      refresh: [],
      firstRefresh,
      count: 0,
    };
    type Counting = {
      followUps: {
        where(index: string): { belowOrEqual(at: number): { count(): Promise<number> } };
      };
    };
    const exact = () => (db as Counting).followUps.where('pendingDueAt').belowOrEqual(now).count();
    for (let run = 0; run < runs; run++) {
      timings.dueSummary.push(await time(() => bench.dueSummary(db, now)));
      timings.exactCount.push(await time(exact));
      timings.refresh.push(await time(() => bench.refreshReminders(now)));
      timings.todayView.push(await time(() => bench.todayView(db, now)));
    }
    timings.count = await exact();
    return timings;
  })();
}

async function openPage(page: Page, url: string, ready: string): Promise<number> {
  await page.goto('about:blank');
  const started = performance.now();
  await page.goto(url);
  await page.locator(ready).first().waitFor();
  return performance.now() - started;
}

const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
const median = (values: number[]) => sorted(values)[Math.floor(values.length / 2)] ?? Number.NaN;
const p95 = (values: number[]) => sorted(values)[Math.floor(values.length * 0.95)] ?? Number.NaN;
const ms = (value: number) => `${value.toFixed(1)} ms`;

async function main(): Promise<void> {
  buildTestExtension();
  const browser = await launchWithExtension({
    executablePath: chromiumPath,
    extensionDir: testDist,
    headless: true,
  });
  try {
    const page = await browser.context.newPage();
    const base = `chrome-extension://${browser.extensionId}/src/panel/index.html`;
    // The Today page opens the book through the worker, which creates it at its schema.
    await page.goto(`${base}#today`);
    await page.getByTestId('today-empty').waitFor();

    // tsx compiles this file with esbuild, whose keep-names helper the functions sent to the
    // page and the worker call: give both contexts that helper.
    const shim = 'globalThis.__name ??= (target) => target';
    await page.evaluate(shim);
    await browser.worker.evaluate(shim);

    const seedStarted = performance.now();
    const counts = await page.evaluate(seedBook, {
      prospects: PROSPECTS,
      stepsPer: STEPS_PER_PROSPECT,
      overdue: OVERDUE,
      now: Date.now(),
    });
    const seedSeconds = (performance.now() - seedStarted) / 1000;
    console.log(`seeded in ${seedSeconds.toFixed(0)} s:`, counts);

    const worker: Worker = browser.worker;
    const timings = await worker.evaluate(timeWorker, RUNS);
    const today: number[] = [];
    const panel: number[] = [];
    for (let run = 0; run < 5; run++) {
      today.push(await openPage(page, `${base}#today`, '[data-testid="due-step"]'));
      panel.push(await openPage(page, base, '[data-testid="inquiry-state"]'));
    }

    const rows = [
      ['due steps found, counted to 99+ and coloured (dueSummary)', timings.dueSummary],
      ['every due step counted exactly (not on the badge path)', timings.exactCount],
      ['badge refresh: sweep, badge, next alarm (refreshReminders)', timings.refresh],
      ['Today view data: exact count + 100 oldest with buyers (todayView)', timings.todayView],
      ['Today page opened to first due step (wall clock)', today],
      ['grading panel opened to its first state (wall clock)', panel],
    ] as const;
    console.log(
      `\n${counts.followUps} steps, ${counts.pending} open, ${timings.count} due now; ${RUNS} runs (pages: 5)`,
    );
    console.log(`first sweep after seeding (cold): ${ms(timings.firstRefresh)}`);
    for (const [name, values] of rows) {
      console.log(`| ${name} | ${ms(median(values))} | ${ms(p95(values))} |`);
    }
  } finally {
    await browser.close();
  }
}

await main();
