import type { RankedChore } from '../../shared/ranking';
import { formatCount, formatMinutes } from '../lib/format';

type Props = { chores: RankedChore[]; emptyText: string };

/** The week's chores ranked by pain: minutes, how often, and whether the chore is growing. */
export function RankingList({ chores, emptyText }: Props) {
  if (chores.length === 0) return <p class="muted empty">{emptyText}</p>;
  return (
    <ol class="ranking" aria-label="Chores ranked by pain">
      {chores.map((c, i) => (
        <li key={c.choreId} class="ranking-row">
          <span class="rank" aria-hidden="true">
            {i + 1}
          </span>
          <span class="name grow">{c.name}</span>
          <span class="figures small">
            {formatMinutes(c.thisWeek.minutes)} · {formatCount(c.thisWeek.occurrences)}
          </span>
          <Trend growing={c.trend.growing} slope={c.trend.slopeMinutesPerWeek} />
        </li>
      ))}
    </ol>
  );
}

function Trend({ growing, slope }: { growing: boolean; slope: number }) {
  if (growing) {
    return (
      <span class="trend trend-up" title="Growing week after week">
        <span aria-hidden="true">▲</span>
        <span class="visually-hidden">growing</span>
      </span>
    );
  }
  if (slope < -0.5) {
    return (
      <span class="trend trend-down" title="Shrinking">
        <span aria-hidden="true">▼</span>
        <span class="visually-hidden">shrinking</span>
      </span>
    );
  }
  return (
    <span class="trend muted" title="Steady">
      <span aria-hidden="true">–</span>
      <span class="visually-hidden">steady</span>
    </span>
  );
}
