import { formatMinutes } from '../../lib/format';

type Props = {
  /** The chore's name; used in the chart's accessible title. */
  name: string;
  /** Week labels (YYYY-MM-DD of each week's first day), oldest first. */
  weekLabels: string[];
  /** Tick text under a week's bar ("7 Sep"), or '' for none; same order. */
  ticks: string[];
  /** Minutes per week, same order as weekLabels. */
  minutes: number[];
  /** The top of the scale, shared by every chart of the section so bars compare across charts. */
  max: number;
  /** The last week is still going on: its bar is drawn as "so far". */
  partial: boolean;
  /** The week (index) the chore's automation went live in, if in view. */
  goLive?: number | undefined;
};

const WIDTH = 240;
const TOP = 12;
const BARS = 56;
const TICKS = 14;
const GAP = 3;

/** A chore's weekly minutes over the last weeks as small bars on a shared, labelled scale. */
export function TrendChart({ name, weekLabels, ticks, minutes, max, partial, goLive }: Props) {
  const top = Math.max(1, max);
  const barWidth = (WIDTH - GAP * (minutes.length - 1)) / Math.max(1, minutes.length);
  const last = minutes.length - 1;
  const described = minutes
    .map((m, i) => `${weekLabels[i] ?? ''}: ${formatMinutes(m)}${partial && i === last ? ' so far' : ''}`)
    .join(', ');
  const live = goLive === undefined ? '' : `; automated in the week of ${weekLabels[goLive] ?? ''}`;
  const x = (i: number) => i * (barWidth + GAP);
  return (
    <svg
      class="trend-chart"
      viewBox={`0 0 ${WIDTH} ${TOP + BARS + TICKS}`}
      width={WIDTH}
      height={TOP + BARS + TICKS}
      role="img"
      aria-label={`Weekly minutes of ${name}, last ${minutes.length} weeks: ${described}${live}`}
    >
      <title>{`Weekly minutes of ${name}`}</title>
      <line
        x1={0}
        x2={WIDTH}
        y1={TOP + 0.5}
        y2={TOP + 0.5}
        stroke="var(--chart-grid)"
        stroke-dasharray="2 3"
      />
      <text x={0} y={TOP - 3} font-size="10" fill="var(--muted)">
        {formatMinutes(top)}/wk
      </text>
      <line x1={0} x2={WIDTH} y1={TOP + BARS + 0.5} y2={TOP + BARS + 0.5} stroke="var(--chart-grid)" />
      {minutes.map((m, i) => {
        const h = m > 0 ? Math.max(2, (m / top) * BARS) : 0;
        const soFar = partial && i === last;
        return (
          <rect
            key={weekLabels[i] ?? i}
            class={soFar ? 'partial' : undefined}
            x={x(i)}
            y={TOP + BARS - h}
            width={barWidth}
            height={h}
            rx={1.5}
            fill="var(--chart-bar)"
            fill-opacity={soFar ? 0.35 : 1}
            stroke={soFar ? 'var(--chart-bar)' : undefined}
            stroke-dasharray={soFar ? '2 2' : undefined}
          >
            <title>{`Week of ${weekLabels[i] ?? ''}: ${formatMinutes(m)}${soFar ? ' so far' : ''}`}</title>
          </rect>
        );
      })}
      {ticks.map((t, i) =>
        t ? (
          <text
            key={`tick-${weekLabels[i] ?? i}`}
            x={Math.min(WIDTH, Math.max(0, x(i) + barWidth / 2))}
            y={TOP + BARS + TICKS - 2}
            font-size="10"
            fill="var(--muted)"
            text-anchor={i === 0 ? 'start' : i === last ? 'end' : 'middle'}
          >
            {t}
          </text>
        ) : null,
      )}
      {goLive === undefined ? null : (
        <g class="go-live">
          <line
            x1={x(goLive) - GAP / 2}
            x2={x(goLive) - GAP / 2}
            y1={TOP}
            y2={TOP + BARS}
            stroke="var(--ok)"
            stroke-width="1.5"
            stroke-dasharray="3 2"
          />
          <text x={x(goLive) + 1} y={TOP + 9} font-size="10" fill="var(--ok)">
            automated
          </text>
        </g>
      )}
    </svg>
  );
}
