import { useCallback, useRef, useState } from 'preact/hooks';
import type { Chore } from '../../shared/model';
import {
  type ChoreButton,
  logNewChore,
  logOccurrence,
  matchingChores,
  type PopupSnapshot,
  startTimer,
  stopTimer,
  type ToilDb,
  undoOccurrence,
  updateOccurrence,
} from '../db';
import { useNow } from '../lib/use-now';
import { userMessage } from '../lib/user-message';
import { ChoreButtons } from './ChoreButtons';
import { type Logged, LogToast } from './LogToast';
import { NewChoreLine } from './NewChoreLine';
import { TimerCapDialog } from './TimerCapDialog';

type Props = { db: ToilDb; snapshot: PopupSnapshot };
type Capped = { choreId: string; choreName: string; minutes: number };

/** Logging, in the popup and on the full page: one-click chores, timers, the new-chore line, and Undo. */
export function LogPanel({ db, snapshot }: Props) {
  const [logged, setLogged] = useState<Logged | null>(null);
  const [capped, setCapped] = useState<Capped | null>(null);
  const [error, setError] = useState<string>();
  const now = useNow(Boolean(snapshot.timer));
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

  const stop = () =>
    run(async () => {
      const stopped = await stopTimer(db);
      const choreName = snapshot.chores.find((b) => b.chore.id === stopped.choreId)?.chore.name ?? '';
      if (stopped.capped) return setCapped({ choreId: stopped.choreId, choreName, minutes: stopped.minutes });
      const occ = await logOccurrence(db, {
        choreId: stopped.choreId,
        minutes: stopped.minutes,
        source: 'timer',
      });
      show(choreName, occ);
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
    </>
  );
}
