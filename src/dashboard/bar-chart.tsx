// A plain SVG bar chart beside each table. The table is the accessible source of truth, so
// the chart is decorative for assistive technology.

export type ChartSeries = { name: string; values: (number | null)[] };

type Props = { labels: string[]; series: ChartSeries[]; max?: number; title: string };

const WIDTH = 480;
const HEIGHT = 180;
const AXIS = 24;
const COLOURS = ['#2f6fb3', '#e08a1e', '#3a9a5b', '#b8423a', '#7a5cb0'];

export function BarChart({ labels, series, max, title }: Props) {
  const highest = max ?? Math.max(1, ...series.flatMap((one) => one.values.map((v) => v ?? 0)));
  const groupWidth = (WIDTH - 8) / Math.max(1, labels.length);
  const barWidth = Math.max(1, (groupWidth - 6) / Math.max(1, series.length));
  const plot = HEIGHT - AXIS;

  return (
    <figure class="chart" aria-hidden="true">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="presentation" focusable="false">
        <title>{title}</title>
        <line x1="4" x2={WIDTH - 4} y1={plot} y2={plot} class="axis" />
        {labels.map((label, index) => {
          const left = 4 + index * groupWidth + 3;
          return (
            <g key={label}>
              {series.map((one, which) => {
                const value = one.values[index] ?? 0;
                const height = (value / highest) * (plot - 4);
                return (
                  <rect
                    key={one.name}
                    x={left + which * barWidth}
                    y={plot - height}
                    width={Math.max(1, barWidth - 1)}
                    height={height}
                    fill={COLOURS[which % COLOURS.length]}
                  />
                );
              })}
              {labels.length <= 16 && (
                <text x={left + (groupWidth - 6) / 2} y={HEIGHT - 8} text-anchor="middle">
                  {label}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      {series.length > 1 && (
        <figcaption class="legend">
          {series.map((one, which) => (
            <span key={one.name}>
              <i style={{ background: COLOURS[which % COLOURS.length] }} />
              {one.name}
            </span>
          ))}
        </figcaption>
      )}
    </figure>
  );
}
