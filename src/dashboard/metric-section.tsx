import type { CsvRows } from '../core/metrics/csv.ts';
import { BarChart, type ChartSeries } from './bar-chart.tsx';
import { downloadCsv } from './csv-download.ts';
import { columnLabel, type DashboardText } from './strings.ts';

// One figure of the dashboard: heading, chart, the table the chart is drawn from, and its CSV.

type Props = {
  name: string;
  heading: string;
  note?: string;
  rows: CsvRows;
  chart: { labels: string[]; series: ChartSeries[]; max?: number };
  empty: boolean;
  text: DashboardText;
};

export function MetricSection({ name, heading, note, rows, chart, empty, text }: Props) {
  const [head = [], ...body] = rows;
  const headingId = `heading-${name}`;

  return (
    <section class="metric" aria-labelledby={headingId} data-testid="dashboard-section">
      <div class="metric-head">
        <h2 id={headingId}>{heading}</h2>
        <button
          type="button"
          data-testid="export-csv"
          data-table={name}
          onClick={() => downloadCsv(rows, `inquiry-triage-${name}.csv`)}
        >
          {text('exportCsv')}
        </button>
      </div>
      {note && <p class="note">{note}</p>}
      {empty && (
        <p class="empty" data-testid="table-empty" data-table={name}>
          {text('emptyTable')}
        </p>
      )}
      <div class="metric-body">
        {!empty && <BarChart {...chart} title={heading} />}
        <div class="table-wrap">
          <table data-testid="dashboard-table" data-table={name}>
            <caption class="visually-hidden">{heading}</caption>
            <thead>
              <tr>
                {head.map((column) => (
                  <th key={column} scope="col" data-column={column}>
                    {columnLabel(text, column)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {body.map((row) => (
                <tr key={row[0]} data-row={row[0]}>
                  {row.map((cell, index) =>
                    index === 0 ? (
                      <th key={head[index]} scope="row">
                        {cell === 'all' ? text('all') : cell}
                      </th>
                    ) : (
                      <td key={head[index]}>{displayCell(head[index] ?? '', cell)}</td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
    </section>
  );
}

// Shares are fractions in the CSV; on the page they read as percentages, "–" when nothing
// was counted.
export function displayCell(column: string, cell: string): string {
  if (!/^(rate|share)/.test(column)) return cell;
  if (cell === '') return '–';
  return `${(Number(cell) * 100).toFixed(1)}%`;
}
