// A small inline bar chart for a figure counted across several years. Text stays the primary
// channel: the chart is labelled, and each bar carries its value.
import type { SeriesView } from '../../core/card-view';

const WIDTH = 280;
const HEIGHT = 96;
const BAR_GAP = 16;

export function StatisticsChart({ series, label, format }: { series: SeriesView; label: string; format: (value: number) => string }) {
  const max = Math.max(...series.points.map((point) => point.value), 1);
  const barWidth = (WIDTH - BAR_GAP * (series.points.length + 1)) / series.points.length;
  return (
    <svg class="chart" viewBox={`0 0 ${WIDTH} ${HEIGHT + 34}`} role="img" aria-label={label}>
      {series.points.map((point, index) => {
        const height = Math.max(2, (point.value / max) * HEIGHT);
        const x = BAR_GAP + index * (barWidth + BAR_GAP);
        return (
          <g key={`${point.year}-${index}`}>
            <rect x={x} y={HEIGHT - height + 14} width={barWidth} height={height} rx={3} />
            <text x={x + barWidth / 2} y={HEIGHT - height + 10} text-anchor="middle" class="value">
              {format(point.value)}
            </text>
            <text x={x + barWidth / 2} y={HEIGHT + 30} text-anchor="middle" class="year">
              {point.year}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
