import { formatHours } from '../../lib/format';

export type RankingBar = { id: string; name: string; hoursPerYear: number };

type Props = { title: string; bars: RankingBar[] };

const WIDTH = 640;
const ROW = 28;
const LABEL = 220;
const VALUE = 70;

const clip = (name: string, max = 27) => (name.length > max ? `${name.slice(0, max - 1)}…` : name);

/** The week's ranking as horizontal bars of projected hours per year, most painful on top. */
export function RankingChart({ title, bars }: Props) {
  const max = Math.max(1, ...bars.map((b) => b.hoursPerYear));
  const height = Math.max(ROW, bars.length * ROW);
  const track = WIDTH - LABEL - VALUE;
  const summary = bars.map((b, i) => `${i + 1}. ${b.name}: ${formatHours(b.hoursPerYear)} a year`).join('; ');
  return (
    <svg
      class="ranking-chart"
      viewBox={`0 0 ${WIDTH} ${height}`}
      width="100%"
      role="img"
      aria-label={`${title}. ${summary || 'No chores logged in this period.'}`}
    >
      <title>{title}</title>
      {bars.map((b, i) => {
        const y = i * ROW;
        const w = Math.max(2, (b.hoursPerYear / max) * track);
        return (
          <g key={b.id}>
            <title>{`${b.name}: ${formatHours(b.hoursPerYear)} a year`}</title>
            <text x={0} y={y + ROW / 2} dominant-baseline="middle" fill="var(--text)" font-size="13">
              {clip(b.name)}
            </text>
            <rect x={LABEL} y={y + 5} width={track} height={ROW - 10} rx={3} fill="var(--surface-2)" />
            <rect x={LABEL} y={y + 5} width={w} height={ROW - 10} rx={3} fill="var(--chart-bar)" />
            <text
              x={WIDTH}
              y={y + ROW / 2}
              dominant-baseline="middle"
              text-anchor="end"
              fill="var(--text)"
              font-size="13"
            >
              {formatHours(b.hoursPerYear)}/yr
            </text>
          </g>
        );
      })}
    </svg>
  );
}
