// A small inline bar chart for figures of one measure: one bar per source, each labelled with its
// value (as the document hedges it), its source and its year where stated. Text stays the primary
// channel: the card lists every figure with its attribution below the chart.
export interface ChartBar {
  id: string;
  value: number;
  valueText: string;
  /** Two short lines under the bar: who gives the figure, and its year (or that none is stated). */
  lines: [string, string];
}

const WIDTH = 280;
const HEIGHT = 80;
const BAR_GAP = 16;
const MAX_LABEL = 22;

const shorten = (text: string) => (text.length > MAX_LABEL ? `${text.slice(0, MAX_LABEL - 1)}…` : text);

export function StatisticsChart({ bars, label }: { bars: readonly ChartBar[]; label: string }) {
  const max = Math.max(...bars.map((bar) => bar.value), 1);
  const barWidth = (WIDTH - BAR_GAP * (bars.length + 1)) / bars.length;
  return (
    <svg class="chart" viewBox={`0 0 ${WIDTH} ${HEIGHT + 48}`} role="img" aria-label={label}>
      {bars.map((bar, index) => {
        const height = Math.max(2, (bar.value / max) * HEIGHT);
        const x = BAR_GAP + index * (barWidth + BAR_GAP);
        const middle = x + barWidth / 2;
        return (
          <g key={bar.id}>
            <rect x={x} y={HEIGHT - height + 14} width={barWidth} height={height} rx={3} />
            <text x={middle} y={HEIGHT - height + 10} text-anchor="middle" class="value">
              {bar.valueText}
            </text>
            <text x={middle} y={HEIGHT + 28} text-anchor="middle" class="year">
              {shorten(bar.lines[0])}
            </text>
            <text x={middle} y={HEIGHT + 42} text-anchor="middle" class="year">
              {shorten(bar.lines[1])}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
