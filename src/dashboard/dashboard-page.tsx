import { TZDate } from '@date-fns/tz';
import { useMemo, useState } from 'preact/hooks';
import { toCsvRows } from '../core/metrics/csv.ts';
import { type DashboardTables, dashboardTables } from '../core/metrics/dashboard.ts';
import type { FeedbackRateTable } from '../core/metrics/feedback-rate.ts';
import type { DateRange, HistoryRecords } from '../core/metrics/records.ts';
import { useTranslate } from '../panel/i18n.ts';
import type { ChartSeries } from './bar-chart.tsx';
import { MetricSection } from './metric-section.tsx';
import { dashboardText } from './strings.ts';

type Props = {
  // null: no history to show (a new user, or no source wired).
  records: HistoryRecords | null;
  initialRange: DateRange;
  now: Date;
  timeZone: string;
  sample: boolean;
};

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

// A day in the seller's zone as the date input shows it.
export function dayOf(at: Date, timeZone: string): string {
  const local = new TZDate(at.getTime(), timeZone);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${local.getFullYear()}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}`;
}

// The inputs' days as a half-open range: "to" is inclusive on the page, so the range ends at
// the start of the following day.
export function rangeOf(from: string, to: string, timeZone: string): DateRange | null {
  const start = DAY.exec(from)?.slice(1).map(Number);
  const end = DAY.exec(to)?.slice(1).map(Number);
  if (!start || !end) return null;

  const [fromYear = 0, fromMonth = 1, fromDay = 1] = start;
  const [toYear = 0, toMonth = 1, toDay = 1] = end;
  const range = {
    from: new Date(new TZDate(fromYear, fromMonth - 1, fromDay, timeZone).getTime()),
    to: new Date(new TZDate(toYear, toMonth - 1, toDay + 1, timeZone).getTime()),
  };
  return range.from < range.to ? range : null;
}

export function DashboardPage({ records, initialRange, now, timeZone, sample }: Props) {
  const text = dashboardText(useTranslate());
  const [from, setFrom] = useState(dayOf(initialRange.from, timeZone));
  const [to, setTo] = useState(dayOf(new Date(initialRange.to.getTime() - 1), timeZone));
  const range = rangeOf(from, to, timeZone);
  const tables = useMemo(
    () => (records && range ? dashboardTables(records, { range, now, timeZone }) : null),
    [records, range?.from.getTime(), range?.to.getTime(), now, timeZone],
  );
  const hasHistory = records !== null && records.inquiries.length > 0;

  return (
    <main class="dashboard">
      <h1>{text('title')}</h1>
      <p class="intro">{text('intro')}</p>
      {sample && (
        <p class="sample" data-testid="sample-data" role="note">
          {text('sample')}
        </p>
      )}
      {!hasHistory && (
        <div class="no-data" data-testid="dashboard-empty">
          <p>{text('noData')}</p>
          <p>
            <a href="?demo=7">{text('trySample')}</a>
          </p>
        </div>
      )}
      {hasHistory && (
        <>
          <fieldset class="range">
            <legend>{text('rangeLegend')}</legend>
            <label>
              {text('rangeFrom')}{' '}
              <input
                type="date"
                data-testid="range-from"
                value={from}
                onInput={(event) => setFrom(event.currentTarget.value)}
              />
            </label>
            <label>
              {text('rangeTo')}{' '}
              <input
                type="date"
                data-testid="range-to"
                value={to}
                onInput={(event) => setTo(event.currentTarget.value)}
              />
            </label>
            {!range && (
              <p class="range-error" role="alert">
                {text('rangeInvalid')}
              </p>
            )}
          </fieldset>
          {tables && <Sections tables={tables} text={text} />}
        </>
      )}
    </main>
  );
}

function Sections({
  tables,
  text,
}: {
  tables: DashboardTables;
  text: ReturnType<typeof dashboardText>;
}) {
  const feedback = (table: FeedbackRateTable, name: string, heading: string) => (
    <MetricSection
      name={name}
      heading={heading}
      note={text('feedbackNote')}
      rows={toCsvRows(table)}
      empty={table.total.sent === 0}
      text={text}
      chart={{
        labels: table.rows.map((row) => row.group),
        series: [
          { name: text('rate7'), values: table.rows.map((row) => row.within[7].rate) },
          { name: text('rate30'), values: table.rows.map((row) => row.within[30].rate) },
        ],
        max: 1,
      }}
    />
  );
  const classSeries = (rows: DashboardTables['inquiriesByMonth']['rows']): ChartSeries[] =>
    (['A', 'B', 'C', 'D', 'E'] as const).map((inquiryClass) => ({
      name: inquiryClass,
      values: rows.map((row) => row.counts[inquiryClass]),
    }));
  const inquiriesEmpty = tables.inquiriesByMonth.rows.every((row) => row.total === 0);

  return (
    <>
      {feedback(tables.feedbackByClass, 'feedback-by-class', text('feedbackByClass'))}
      {feedback(tables.feedbackBySource, 'feedback-by-source', text('feedbackBySource'))}
      {feedback(tables.feedbackByMonth, 'feedback-by-month', text('feedbackByMonth'))}
      <MetricSection
        name="first-response"
        heading={text('firstResponse')}
        note={text('firstResponseNote')}
        rows={toCsvRows(tables.firstResponse)}
        empty={tables.firstResponse.rows.every((row) => row.inquiries === 0)}
        text={text}
        chart={{
          labels: tables.firstResponse.rows.map((row) => row.class),
          series: [
            {
              name: text('withinLimit'),
              values: tables.firstResponse.rows.map((row) => row.share),
            },
          ],
          max: 1,
        }}
      />
      <MetricSection
        name="inquiries-by-month"
        heading={text('inquiriesByMonth')}
        rows={toCsvRows(tables.inquiriesByMonth)}
        empty={inquiriesEmpty}
        text={text}
        chart={{
          labels: tables.inquiriesByMonth.rows.map((row) => row.period),
          series: classSeries(tables.inquiriesByMonth.rows),
        }}
      />
      <MetricSection
        name="inquiries-by-week"
        heading={text('inquiriesByWeek')}
        rows={toCsvRows(tables.inquiriesByWeek)}
        empty={inquiriesEmpty}
        text={text}
        chart={{
          labels: tables.inquiriesByWeek.rows.map((row) => row.period),
          series: [
            { name: text('all'), values: tables.inquiriesByWeek.rows.map((row) => row.total) },
          ],
        }}
      />
      <MetricSection
        name="steps-on-time"
        heading={text('stepsOnTime')}
        note={text('stepsNote')}
        rows={toCsvRows(tables.stepsOnTime)}
        empty={tables.stepsOnTime.total.judged + tables.stepsOnTime.total.pending === 0}
        text={text}
        chart={{
          labels: tables.stepsOnTime.rows.map((row) => row.group),
          series: [
            { name: text('onTime'), values: tables.stepsOnTime.rows.map((row) => row.share) },
          ],
          max: 1,
        }}
      />
      <MetricSection
        name="outcomes"
        heading={text('outcomes')}
        rows={toCsvRows(tables.outcomes)}
        empty={tables.outcomes.total.decided === 0}
        text={text}
        chart={{
          labels: tables.outcomes.rows.map((row) => row.group),
          series: [
            { name: text('ordered'), values: tables.outcomes.rows.map((row) => row.orderedShare) },
          ],
          max: 1,
        }}
      />
    </>
  );
}
