import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Chore } from '../../../shared/model';
import { rankMatches } from '../../db/core/matching';
import type { ChoreButton, PopupSnapshot } from '../../db/core/snapshot';
import { firstPaint } from '../../lib/first-paint';
import { useNow } from '../../lib/use-now';
import { userMessage } from '../../lib/user-message';
import { ChoreButtons } from './ChoreButtons';
import { type Logged, LogToast } from './LogToast';
import { NewChoreLine } from './NewChoreLine';
import { TimerCapDialog } from './TimerCapDialog';

// The write path (db/idb/quick.ts and timer.ts) is not needed to show the popup: it loads once the first
// frame is painted.
type Verbs = typeof import('../../db/idb/quick') & typeof import('../../db/idb/timer');
let verbsLoading: Promise<Verbs> | undefined;
const loadVerbs = () => {
  verbsLoading ??= Promise.all([import('../../db/idb/quick'), import('../../db/idb/timer')]).then(
    ([quick, timer]) => ({ ...quick, ...timer }),
  );
  return verbsLoading;
};

type Props = { idb: IDBDatabase | Promise<IDBDatabase>; snapshot: PopupSnapshot };
type Capped = { choreName: string; minutes: number };

/**
 * Logging, in the popup and on the full page: one-click chores, timers, the new-chore line, and Undo.
 * It writes through raw IndexedDB (db/idb/quick.ts, timer.ts), so the popup loads neither Dexie nor zod.
 */
export function LogPanel({ idb, snapshot }: Props) {
  const [logged, setLogged] = useState<Logged | null>(null);
  const [capped, setCapped] = useState<Capped | null>(null);
  const [error, setError] = useState<string>();
  const now = useNow(Boolean(snapshot.timer));
  // The popup may show its cached rows before the database is open: every write waits for it.
  const withDb = <T,>(write: (db: IDBDatabase, verbs: Verbs) => Promise<T>) =>
    Promise.all([Promise.resolve(idb), loadVerbs()]).then(([db, verbs]) => write(db, verbs));
  useEffect(() => {
    void firstPaint().then(loadVerbs);
  }, []);
  // A second click while a log is being written is the same intent, not a second occurrence.
  const writing = useRef(false);

  const run = async (action: () => Promise<void>) => {
    if (writing.current) return;
    writing.current = true;
    setError(undefined);
    try {
      await action();
    } catch (e) {
      setError(userMessage(e));
    } finally {
      writing.current = false;
    }
  };
  const nameOf = (choreId: string) => snapshot.chores.find((b) => b.chore.id === choreId)?.chore.name ?? '';
  const show = (choreName: string, occ: { id: string; minutes: number }) => {
    setLogged({ occurrenceId: occ.id, choreName, minutes: occ.minutes, undone: false });
    // The click stored a pending row; the rollups catch up in a transaction of their own.
    void withDb((db, v) => v.foldNow(db)).catch((e: unknown) =>
      console.error('Toil Tracker: folding failed', e),
    );
  };
  const findMatches = useCallback(
    async (text: string) => rankMatches([...snapshot.chores.map((b) => b.chore), ...snapshot.archived], text),
    [snapshot],
  );

  // Without minutes, the chore's typical duration: what its button shows.
  const typical = (chore: Chore) =>
    snapshot.chores.find((b) => b.chore.id === chore.id)?.typicalMinutes ?? chore.defaultMinutes;
  const logChore = (chore: Chore, minutes: number | undefined, source: 'click' | 'form' = 'click') =>
    withDb((db, v) => v.logClick(db, { choreId: chore.id, minutes: minutes ?? typical(chore), source })).then(
      (occ) => show(chore.name, occ),
    );

  const stop = () =>
    run(async () => {
      const stopped = await withDb((db, v) => v.stopTimer(db));
      if (stopped.occurrence) return show(nameOf(stopped.choreId), stopped.occurrence);
      setCapped({ choreName: nameOf(stopped.choreId), minutes: stopped.minutes });
    });

  return (
    <>
      {error ? (
        <p class="error banner" role="alert">
          {error}
        </p>
      ) : null}
      {logged ? (
        <LogToast
          key={logged.occurrenceId}
          logged={logged}
          onUndo={() =>
            run(async () => {
              await withDb((db, v) => v.undoLog(db, logged.occurrenceId));
              setLogged({ ...logged, undone: true });
            })
          }
          onAdjust={async (minutes) => {
            await withDb((db, v) => v.adjustMinutes(db, logged.occurrenceId, minutes));
            setLogged({ ...logged, minutes });
          }}
        />
      ) : null}
      <ChoreButtons
        chores={snapshot.chores}
        timer={snapshot.timer}
        now={now}
        onLog={(b: ChoreButton) => run(() => logChore(b.chore, b.typicalMinutes))}
        onStartTimer={(b: ChoreButton) =>
          run(() => withDb((db, v) => v.startTimer(db, b.chore.id)).then(() => undefined))
        }
        onStopTimer={stop}
      />
      <NewChoreLine
        findMatches={findMatches}
        onLogExisting={(chore, minutes) => logChore(chore, minutes, 'form')}
        onLogNew={(name, minutes) =>
          withDb((db, v) => v.logNewChore(db, { name, minutes, source: 'form' })).then((r) =>
            show(r.chore.name, r.occurrence),
          )
        }
      />
      {capped ? (
        <TimerCapDialog
          choreName={capped.choreName}
          cappedMinutes={capped.minutes}
          onDismiss={() => setCapped(null)}
          onDiscard={() => {
            setCapped(null);
            void run(() => withDb((db, v) => v.finishTimer(db, null)).then(() => undefined));
          }}
          onConfirm={async (minutes) => {
            const occ = await withDb((db, v) => v.finishTimer(db, minutes));
            setCapped(null);
            if (occ) show(capped.choreName, occ);
          }}
        />
      ) : null}
    </>
  );
}
