import { formatHours } from '../../lib/format';

/** One chore's bar: the pain a year it is ranked by; a still-learning chore gets no bar, and says so. */
export type RankingBar = { id: string; name: string; hours: number; learning: boolean };

type Props = { title: string; bars: RankingBar[] };

const WIDTH = 640;
const ROW = 28;
const LABEL = 220;
const VALUE = 120;

const clip = (name: string, max = 27) => (name.length > max ? `${name.slice(0, max - 1)}…` : name);
const figureOf = (b: RankingBar) => (b.learning ? 'still learning' : `${formatHours(b.hours)} weighted`);

/**
 * The week's ranking as horizontal bars of what it is sorted by (pain: hours a year, refocusing included,
 * weighted), most painful on top, so a longer bar never sits below a shorter one.
 */
export function RankingChart({ title, bars }: Props) {
  const max = Math.max(1, ...bars.filter((b) => !b.learning).map((b) => b.hours));
  const height = Math.max(ROW, bars.length * ROW);
  const track = WIDTH - LABEL - VALUE;
  const summary = bars.map((b, i) => `${i + 1}. ${b.name}: ${figureOf(b)}`).join('; ');
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
        const w = Math.max(2, (b.hours / max) * track);
        return (
          <g key={b.id}>
            <title>{`${b.name}: ${figureOf(b)}`}</title>
            <text x={0} y={y + ROW / 2} dominant-baseline="middle" fill="var(--text)" font-size="13">
              {clip(b.name)}
            </text>
            <rect x={LABEL} y={y + 5} width={track} height={ROW - 10} rx={3} fill="var(--surface-2)" />
            {b.learning ? null : (
              <rect x={LABEL} y={y + 5} width={w} height={ROW - 10} rx={3} fill="var(--chart-bar)" />
            )}
            <text
              x={WIDTH}
              y={y + ROW / 2}
              dominant-baseline="middle"
              text-anchor="end"
              fill={b.learning ? 'var(--muted)' : 'var(--text)'}
              font-size="13"
            >
              {figureOf(b)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
