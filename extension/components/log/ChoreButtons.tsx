import type { ChoreButton } from '../../db/core/snapshot';
import type { TimerState } from '../../db/core/timer';
import { formatMinutes } from '../../lib/format';
import { PinToggle } from './PinToggle';

type Props = {
  /** The buttons shown, in their order (log/stable-order.ts). */
  shown: readonly ChoreButton[];
  /** How many there are with those past "Show all". */
  total: number;
  showAll: boolean;
  onShowAll(showAll: boolean): void;
  timer: TimerState | null;
  now: number;
  /** The first nine are numbered: keys 1 to 9 log them (log/number-keys.ts). */
  numbered: boolean;
  onLog(chore: ChoreButton): void;
  onStartTimer(chore: ChoreButton): void;
  onStopTimer(): void;
  onPin(chore: ChoreButton): void;
};

/**
 * The user's chores as one-click log buttons, each with a timer toggle and a pin. They stay where they
 * were when the popup opened (stable-order.ts): a click never moves the button the next click aims at.
 */
export function ChoreButtons(props: Props) {
  const { shown, total, showAll, onShowAll, timer, now, numbered, onLog, onStartTimer, onStopTimer, onPin } =
    props;
  if (total === 0) {
    return <p class="muted empty">No chores yet. Name one below and press Enter to log it.</p>;
  }
  return (
    <section aria-labelledby="chores-title">
      <h2 id="chores-title" class="visually-hidden">
        Log a chore
      </h2>
      <ul class="chore-buttons">
        {shown.map((button, i) => {
          const { chore } = button;
          const running = timer?.choreId === chore.id;
          const key = numbered && i < 9 ? String(i + 1) : undefined;
          return (
            <li
              key={chore.id}
              class={`chore-row${button.siteMatch ? ' site-match' : ''}${button.pinned ? ' pinned' : ''}`}
            >
              <button
                type="button"
                class="chore-log"
                title={chore.name}
                aria-keyshortcuts={key}
                onClick={() => onLog(button)}
              >
                {numbered ? (
                  <span class="key" aria-hidden="true">
                    {key ?? ''}
                  </span>
                ) : null}
                <span class="visually-hidden">Log </span>
                <span class="name grow">{chore.name}</span>
                {button.siteMatch ? <span class="badge">on this site</span> : null}
                <span class="minutes muted">{formatMinutes(button.usualMinutes)}</span>
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
              <PinToggle name={chore.name} pinned={button.pinned} onToggle={() => onPin(button)} />
            </li>
          );
        })}
      </ul>
      {showAll || shown.length < total ? (
        <button type="button" class="link small" aria-expanded={showAll} onClick={() => onShowAll(!showAll)}>
          {showAll ? 'Show fewer chores' : `Show all ${total} chores`}
        </button>
      ) : null}
    </section>
  );
}
