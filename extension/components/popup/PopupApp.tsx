import { useState } from 'preact/hooks';
import type { PopupSnapshot } from '../../db/core/snapshot';
import { savePick } from '../../db/idb/pick';
import { LogPanel } from '../log/LogPanel';
import { WeekRanking } from '../ranking/WeekRanking';
import { TeamView } from './TeamView';
import { Totals } from './Totals';
import { useSnapshot } from './use-snapshot';

type Props = {
  /** The database, or its opening: the first render may come from the cache before it is open. */
  idb: IDBDatabase | Promise<IDBDatabase>;
  /** The active tab's host (or its asking), for site suggestions. */
  host?: string | undefined | Promise<string | undefined>;
  initialWeek?: 'this' | 'last';
  /** Read before the first render, so the popup opens on its data (from the cache when `fresh` is given). */
  initial?: PopupSnapshot;
  /** The fresh read that replaces a cached `initial`. */
  fresh?: Promise<PopupSnapshot>;
};

/**
 * The popup: one-click chores, the new-chore line, today's and the week's totals, the ranked week. It
 * reads and writes through raw IndexedDB: neither Dexie nor zod is loaded to open it or to log.
 */
export function PopupApp({ idb: opening, host, initialWeek, initial, fresh }: Props) {
  const [idb] = useState(() => Promise.resolve(opening));
  // One bounded read (never the whole history): everything the popup shows comes from this snapshot.
  const { snapshot, fromCache } = useSnapshot(idb, host, initial, fresh);
  return (
    <main class="popup" data-source={fromCache ? 'cache' : 'storage'}>
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
            rememberPick={(choreId) => idb.then((db) => savePick(db, choreId))}
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
