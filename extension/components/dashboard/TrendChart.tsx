import { formatMinutes } from '../../lib/format';

type Props = {
  /** The chore's name; used in the chart's accessible title. */
  name: string;
  /** Week labels (YYYY-MM-DD of each week's first day), oldest first. */
  weekLabels: string[];
  /** Minutes per week, same order as weekLabels. */
  minutes: number[];
};

const WIDTH = 240;
const HEIGHT = 56;
const GAP = 3;

/** A chore's weekly minutes over the last weeks as small bars; the numbers are in the title for screen readers. */
export function TrendChart({ name, weekLabels, minutes }: Props) {
  const max = Math.max(1, ...minutes);
  const barWidth = (WIDTH - GAP * (minutes.length - 1)) / Math.max(1, minutes.length);
  const described = minutes.map((m, i) => `${weekLabels[i] ?? ''}: ${formatMinutes(m)}`).join(', ');
  return (
    <svg
      class="trend-chart"
      viewBox={`0 0 ${WIDTH} ${HEIGHT + 1}`}
      width={WIDTH}
      height={HEIGHT + 1}
      role="img"
      aria-label={`Weekly minutes of ${name}, last ${minutes.length} weeks: ${described}`}
    >
      <title>{`Weekly minutes of ${name}`}</title>
      <line x1={0} x2={WIDTH} y1={HEIGHT + 0.5} y2={HEIGHT + 0.5} stroke="var(--chart-grid)" />
      {minutes.map((m, i) => {
        const h = m > 0 ? Math.max(2, (m / max) * HEIGHT) : 0;
        return (
          <rect
            key={weekLabels[i] ?? i}
            x={i * (barWidth + GAP)}
            y={HEIGHT - h}
            width={barWidth}
            height={h}
            rx={1.5}
            fill={i === minutes.length - 1 ? 'var(--chart-bar-2)' : 'var(--chart-bar)'}
          >
            <title>{`Week of ${weekLabels[i] ?? ''}: ${formatMinutes(m)}`}</title>
          </rect>
        );
      })}
    </svg>
  );
}
