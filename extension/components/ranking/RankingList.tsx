import { useState } from 'preact/hooks';
import { rankingBasis } from '../../../shared/basis';
import { learningPhrase, type ShownWeek } from '../../../shared/explain';
import type { RankingSettings } from '../../../shared/model';
import { type OrderNotes, orderNotes } from '../../../shared/order-notes';
import type { RankedChore } from '../../../shared/ranking';
import { formatMinutes } from '../../lib/format';

type Props = {
  /** Ranked chores, automated ones left out (they have their own group). */
  chores: RankedChore[];
  emptyText: string;
  settings: RankingSettings;
  shown: ShownWeek;
  /** Show this many at first, the rest on demand (the popup is small; the full page has them all). */
  limit?: number;
};

/**
 * The week's chores ranked by pain. Each row shows the figure the order is based on (time a week, the
 * 4-week average), the weights where they change the order, and for a chore still learning, what its
 * place is based on instead; one line under the list says what the ranking averages.
 */
export function RankingList({ chores, emptyText, settings, shown, limit = Number.POSITIVE_INFINITY }: Props) {
  const [showAll, setShowAll] = useState(false);
  if (chores.length === 0) return <p class="muted empty">{emptyText}</p>;
  const shownRows = showAll ? chores : chores.slice(0, limit);
  const notes = orderNotes(chores);
  return (
    <>
      <ol class="ranking" aria-label="Chores ranked by pain">
        {shownRows.map((c, i) => (
          <li key={c.choreId} class="ranking-row">
            <span class="rank" aria-hidden="true">
              {i + 1}
            </span>
            <span class="name grow">{c.name}</span>
            <Figure chore={c} />
            <Trend growing={c.trend.growing} slope={c.trend.slopeMinutesPerWeek} />
            <Notes chore={c} notes={notes.get(c.choreId)} settings={settings} />
          </li>
        ))}
      </ol>
      {chores.length > limit ? (
        <button type="button" class="link small" aria-expanded={showAll} onClick={() => setShowAll(!showAll)}>
          {showAll ? `Show the top ${limit} only` : `Show all ${chores.length} ranked chores`}
        </button>
      ) : null}
      <Basis {...rankingBasis(settings, shown)} />
    </>
  );
}

/** The line saying what the ranking averages; the weights fold under it, so the view fits 600 px. */
function Basis({ averages, weights }: { averages: string; weights: string }) {
  return (
    <details class="muted small basis">
      <summary>{averages}</summary>
      {weights}
    </details>
  );
}

function Figure({ chore }: { chore: RankedChore }) {
  if (chore.learning) {
    const { entries, days } = chore.learning;
    return (
      <span class="figures small learning" title={learningPhrase(chore.learning)}>
        learning: {entries} {entries === 1 ? 'entry' : 'entries'}, {days} {days === 1 ? 'day' : 'days'}
      </span>
    );
  }
  return (
    <span class="figures small" title="Time a week, 4-week average">
      {formatMinutes(chore.minutesPerWeek)}/wk
    </span>
  );
}

function Notes({
  chore,
  notes,
  settings,
}: {
  chore: RankedChore;
  notes?: OrderNotes;
  settings: RankingSettings;
}) {
  if (!notes) return null;
  const parts = [
    notes.refocus ? `+${formatMinutes(settings.contextSwitchMinutes)} refocus each` : '',
    notes.annoyance ? `x${chore.annoyanceWeight} annoyance` : '',
    notes.growth ? `x${Math.round(chore.growthWeight * 100) / 100} growing` : '',
  ].filter(Boolean);
  return parts.length ? <span class="row-notes small muted">{parts.join(' · ')}</span> : null;
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
