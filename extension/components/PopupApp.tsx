import type { PopupSnapshot } from '../db/snapshot-build';
import { useSnapshot } from '../lib/use-snapshot';
import { LogPanel } from './LogPanel';
import { TeamView } from './TeamView';
import { Totals } from './Totals';
import { WeekRanking } from './WeekRanking';

type Props = {
  idb: IDBDatabase;
  host?: string | undefined;
  initialWeek?: 'this' | 'last';
  /** Read before the first render, so the popup opens on its data. */
  initial?: PopupSnapshot;
};

/**
 * The popup: one-click chores, the new-chore line, today's and the week's totals, the ranked week. It
 * reads and writes through raw IndexedDB: neither Dexie nor zod is loaded to open it or to log.
 */
export function PopupApp({ idb, host, initialWeek, initial }: Props) {
  // One bounded read (performance.md): everything the popup shows comes from this snapshot.
  const snapshot = useSnapshot(idb, host, initial);
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
          <LogPanel idb={idb} snapshot={snapshot} />
          <WeekRanking
            weeks={snapshot}
            settings={snapshot.settings}
            {...(initialWeek ? { initialWeek } : {})}
          />
          <TeamView idb={idb} timeZone={snapshot.settings.timeZone} />
        </>
      ) : (
        <p class="muted" aria-live="polite">
          Loading your chores…
        </p>
      )}
    </main>
  );
}
