import { useState } from 'preact/hooks';
import type { ChoreButton } from '../../db/core/snapshot';
import type { TimerState } from '../../db/core/timer';
import { formatMinutes } from '../../lib/format';

type Props = {
  chores: ChoreButton[];
  timer: TimerState | null;
  now: number;
  onLog(chore: ChoreButton): void;
  onStartTimer(chore: ChoreButton): void;
  onStopTimer(): void;
};

// Chores shown before "Show all": few enough that a browser's popup (at most 600 px tall) still shows
// the recommendation and the top of the ranking below them without scrolling (with 8, it showed neither).
const SHOWN = 5;

/** The user's chores as one-click log buttons, most useful first, each with a timer toggle. */
export function ChoreButtons({ chores, timer, now, onLog, onStartTimer, onStopTimer }: Props) {
  const [showAll, setShowAll] = useState(false);
  if (chores.length === 0) {
    return <p class="muted empty">No chores yet. Name one below and press Enter to log it.</p>;
  }
  const shown = showAll ? chores : chores.slice(0, SHOWN);
  return (
    <section aria-labelledby="chores-title">
      <h2 id="chores-title" class="visually-hidden">
        Log a chore
      </h2>
      <ul class="chore-buttons">
        {shown.map((button) => {
          const { chore } = button;
          const running = timer?.choreId === chore.id;
          return (
            <li key={chore.id} class={`chore-row${button.siteMatch ? ' site-match' : ''}`}>
              <button type="button" class="chore-log" onClick={() => onLog(button)}>
                <span class="visually-hidden">Log </span>
                <span class="name grow">{chore.name}</span>
                {button.siteMatch ? <span class="badge">on this site</span> : null}
                <span class="minutes muted">{formatMinutes(button.typicalMinutes)}</span>
              </button>
              {running && timer ? (
                <button type="button" class="timer running" onClick={onStopTimer}>
                  <span aria-hidden="true">■ </span>
                  {formatMinutes((now - timer.startedAt) / 60_000)}
                  <span class="visually-hidden"> Stop timer for {chore.name}</span>
                </button>
              ) : (
                <button
                  type="button"
                  class="timer"
                  disabled={timer !== null}
                  aria-label={`Start timer for ${chore.name}`}
                  title="Start a timer"
                  onClick={() => onStartTimer(button)}
                >
                  <span aria-hidden="true">▶</span>
                </button>
              )}
            </li>
          );
        })}
      </ul>
      {chores.length > SHOWN ? (
        <button type="button" class="link small" aria-expanded={showAll} onClick={() => setShowAll(!showAll)}>
          {showAll ? 'Show fewer chores' : `Show all ${chores.length} chores`}
        </button>
      ) : null}
    </section>
  );
}
