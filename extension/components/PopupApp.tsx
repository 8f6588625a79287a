import { useCallback, useRef, useState } from 'preact/hooks';
import type { Chore } from '../../shared/model';
import {
  db as appDb,
  type ChoreButton,
  logNewChore,
  logOccurrence,
  matchingChores,
  popupSnapshot,
  startTimer,
  stopTimer,
  type ToilDb,
  undoOccurrence,
  updateOccurrence,
} from '../db';
import { useLiveQuery } from '../lib/use-live-query';
import { useNow } from '../lib/use-now';
import { userMessage } from '../lib/user-message';
import { ChoreButtons } from './ChoreButtons';
import { type Logged, LogToast } from './LogToast';
import { NewChoreLine } from './NewChoreLine';
import { TimerCapDialog } from './TimerCapDialog';
import { Totals } from './Totals';
import { WeekRanking } from './WeekRanking';

type Props = { db?: ToilDb; host?: string | undefined; initialWeek?: 'this' | 'last' };
type Capped = { choreId: string; choreName: string; minutes: number };

/** The popup: one-click chores, the new-chore line, today's and the week's totals, the ranked week. */
export function PopupApp({ db = appDb, host, initialWeek }: Props) {
  const snapshot = useLiveQuery(() => popupSnapshot(db, Date.now(), host), [db, host]);
  const [logged, setLogged] = useState<Logged | null>(null);
  const [capped, setCapped] = useState<Capped | null>(null);
  const [error, setError] = useState<string>();
  const now = useNow(Boolean(snapshot?.timer));
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
  const show = (choreName: string, occ: { id: string; minutes: number }) =>
    setLogged({ occurrenceId: occ.id, choreName, minutes: occ.minutes, undone: false });

  const logChore = (
    chore: Pick<Chore, 'id' | 'name'>,
    minutes?: number,
    source: 'click' | 'form' = 'click',
  ) =>
    logOccurrence(db, { choreId: chore.id, source, ...(minutes ? { minutes } : {}) }).then((occ) =>
      show(chore.name, occ),
    );

  const findMatches = useCallback((text: string) => matchingChores(db, text), [db]);
  const nameOf = (choreId: string) => snapshot?.chores.find((b) => b.chore.id === choreId)?.chore.name ?? '';

  const stop = () =>
    run(async () => {
      const stopped = await stopTimer(db);
      const choreName = nameOf(stopped.choreId);
      if (stopped.capped) return setCapped({ choreId: stopped.choreId, choreName, minutes: stopped.minutes });
      const occ = await logOccurrence(db, {
        choreId: stopped.choreId,
        minutes: stopped.minutes,
        source: 'timer',
      });
      show(choreName, occ);
    });

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
      {error ? (
        <p class="error banner" role="alert">
          {error}
        </p>
      ) : null}
      {logged ? (
        <LogToast
          logged={logged}
          onUndo={() =>
            run(async () => {
              await undoOccurrence(db, logged.occurrenceId);
              setLogged({ ...logged, undone: true });
            })
          }
          onAdjust={async (minutes) => {
            await updateOccurrence(db, logged.occurrenceId, { minutes });
            setLogged({ ...logged, minutes });
          }}
        />
      ) : null}
      {snapshot ? (
        <>
          <ChoreButtons
            chores={snapshot.chores}
            timer={snapshot.timer}
            now={now}
            onLog={(b: ChoreButton) => run(() => logChore(b.chore))}
            onStartTimer={(b: ChoreButton) => run(() => startTimer(db, b.chore.id).then(() => undefined))}
            onStopTimer={stop}
          />
          <NewChoreLine
            findMatches={findMatches}
            onLogExisting={(chore, minutes) => logChore(chore, minutes, 'form')}
            onLogNew={(name, minutes) =>
              logNewChore(db, { name, minutes, source: 'form' }).then((r) => show(r.chore.name, r.occurrence))
            }
          />
          <WeekRanking
            thisWeek={snapshot.thisWeek}
            lastWeek={snapshot.lastWeek}
            settings={snapshot.settings}
            {...(initialWeek ? { initialWeek } : {})}
          />
        </>
      ) : (
        <p class="muted" aria-live="polite">
          Loading your chores…
        </p>
      )}
      {capped ? (
        <TimerCapDialog
          choreName={capped.choreName}
          cappedMinutes={capped.minutes}
          onDiscard={() => setCapped(null)}
          onConfirm={async (minutes) => {
            const occ = await logOccurrence(db, { choreId: capped.choreId, minutes, source: 'timer' });
            setCapped(null);
            show(capped.choreName, occ);
          }}
        />
      ) : null}
    </main>
  );
}
