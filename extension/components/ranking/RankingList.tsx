import { useState } from 'preact/hooks';
import type { RankedChore } from '../../../shared/ranking';
import { formatCount, formatMinutes } from '../../lib/format';

type Props = {
  chores: RankedChore[];
  emptyText: string;
  /** Show this many at first, the rest on demand (the popup is small; the full page has them all). */
  limit?: number;
};

/** The week's chores ranked by pain: minutes, how often, and whether the chore is growing. */
export function RankingList({ chores, emptyText, limit = Number.POSITIVE_INFINITY }: Props) {
  const [showAll, setShowAll] = useState(false);
  if (chores.length === 0) return <p class="muted empty">{emptyText}</p>;
  const shown = showAll ? chores : chores.slice(0, limit);
  return (
    <>
      <ol class="ranking" aria-label="Chores ranked by pain">
        {shown.map((c, i) => (
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
      {chores.length > limit ? (
        <button type="button" class="link small" aria-expanded={showAll} onClick={() => setShowAll(!showAll)}>
          {showAll ? `Show the top ${limit} only` : `Show all ${chores.length} ranked chores`}
        </button>
      ) : null}
    </>
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
