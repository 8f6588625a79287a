import { db as appDb, popupSnapshot, type ToilDb } from '../db';
import { useLiveQuery } from '../lib/use-live-query';
import { LogPanel } from './LogPanel';
import { TeamView } from './TeamView';
import { Totals } from './Totals';
import { WeekRanking } from './WeekRanking';

type Props = { db?: ToilDb; host?: string | undefined; initialWeek?: 'this' | 'last' };

/** The popup: one-click chores, the new-chore line, today's and the week's totals, the ranked week. */
export function PopupApp({ db = appDb, host, initialWeek }: Props) {
  // One bounded read (performance.md): everything the popup shows comes from this snapshot.
  const snapshot = useLiveQuery(() => popupSnapshot(db, Date.now(), host), [db, host]);
  return (
    <main class="popup">
      <header class="popup-head">
        <div class="row">
          <h1 class="grow">Toil Tracker</h1>
          <a href="/dashboard.html" target="_blank" rel="noopener" class="small">
            Full page<span class="visually-hidden"> (opens in a new tab)</span>
          </a>
        </div>
        {snapshot ? <Totals todayMinutes={snapshot.todayMinutes} weekMinutes={snapshot.weekMinutes} /> : null}
      </header>
      {snapshot ? (
        <>
          <LogPanel db={db} snapshot={snapshot} />
          <WeekRanking
            thisWeek={snapshot.thisWeek}
            lastWeek={snapshot.lastWeek}
            settings={snapshot.settings}
            {...(initialWeek ? { initialWeek } : {})}
          />
          <TeamView db={db} timeZone={snapshot.settings.timeZone} />
        </>
      ) : (
        <p class="muted" aria-live="polite">
          Loading your chores…
        </p>
      )}
    </main>
  );
}
