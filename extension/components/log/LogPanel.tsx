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
import { useNumberKeys } from './number-keys';
import { ShortTimerDialog } from './ShortTimerDialog';
import { useStableOrder } from './stable-order';
import { TimerCapDialog } from './TimerCapDialog';

// The write path (db/idb/quick.ts and timer.ts) is not needed to show the popup: it loads once the first
// frame is painted.
type Verbs = typeof import('../../db/idb/quick') &
  typeof import('../../db/idb/timer') &
  typeof import('../../db/idb/pins');
let verbsLoading: Promise<Verbs> | undefined;
const loadVerbs = () => {
  verbsLoading ??= Promise.all([
    import('../../db/idb/quick'),
    import('../../db/idb/timer'),
    import('../../db/idb/pins'),
  ]).then(([quick, timer, pins]) => ({ ...quick, ...timer, ...pins }));
  return verbsLoading;
};

type Props = {
  idb: IDBDatabase | Promise<IDBDatabase>;
  snapshot: PopupSnapshot;
  /** Keys 1 to 9 log the nth button: in the popup's Log view, while it is shown. */
  numberKeys?: boolean;
  /** The cursor starts in the new chore's name (the popup). */
  autoFocus?: boolean;
};
type Capped = { choreName: string; minutes: number };
type Short = { choreId: string; choreName: string; seconds: number };

/**
 * Logging, in the popup and on the full page: one-click chores, timers, the new-chore line, and Undo.
 * It writes through raw IndexedDB (db/idb/quick.ts, timer.ts), so the popup loads neither Dexie nor zod.
 */
export function LogPanel({ idb, snapshot, numberKeys = false, autoFocus = false }: Props) {
  const [logged, setLogged] = useState<Logged | null>(null);
  const [capped, setCapped] = useState<Capped | null>(null);
  const [short, setShort] = useState<Short | null>(null);
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
  const nameOf = (choreId: string) =>
    [...snapshot.chores.map((b) => b.chore), ...snapshot.unlisted].find((c) => c.id === choreId)?.name ?? '';
  const show = (choreName: string, occ: { id: string; minutes: number }) => {
    setLogged({ occurrenceId: occ.id, choreName, minutes: occ.minutes, undone: false });
    // The click stored a pending row; the rollups catch up in a transaction of their own.
    void withDb((db, v) => v.foldNow(db)).catch((e: unknown) =>
      console.error('Toil Tracker: folding failed', e),
    );
  };
  const findMatches = useCallback(
    async (text: string) => rankMatches([...snapshot.chores.map((b) => b.chore), ...snapshot.unlisted], text),
    [snapshot],
  );

  // Without minutes, the chore's usual minutes: what its button shows (core/typical.ts).
  const logChore = (
    chore: Pick<Chore, 'id' | 'name' | 'defaultMinutes'>,
    minutes: number | undefined,
    source: 'click' | 'form' | 'timer' = 'click',
  ) => {
    const usual = snapshot.usual.get(chore.id) ?? chore.defaultMinutes;
    return withDb((db, v) => v.logClick(db, { choreId: chore.id, minutes: minutes ?? usual, source })).then(
      (occ) => show(chore.name, occ),
    );
  };

  const logButton = (b: ChoreButton, minutes = b.usualMinutes) => run(() => logChore(b.chore, minutes));
  // The buttons where they were at opening (stable-order.ts); keys 1 to 9 log the first nine shown.
  const [showAll, setShowAll] = useState(false);
  const arranged = useStableOrder(snapshot.chores);
  const shown = showAll ? arranged.buttons : arranged.buttons.slice(0, arranged.shown);
  const numbered = numberKeys ? shown.slice(0, 9) : [];
  useNumberKeys(numberKeys, (n) => {
    const button = numbered[n - 1];
    if (button) void logButton(button);
  });

  const stop = () =>
    run(async () => {
      const stopped = await withDb((db, v) => v.stopTimer(db));
      const choreName = nameOf(stopped.choreId);
      if (stopped.occurrence) return show(choreName, stopped.occurrence);
      if (stopped.short) return setShort({ choreId: stopped.choreId, choreName, seconds: stopped.seconds });
      setCapped({ choreName, minutes: stopped.minutes });
    });

  return (
    <>
      <ChoreButtons
        shown={shown}
        total={arranged.buttons.length}
        showAll={showAll}
        onShowAll={setShowAll}
        timer={snapshot.timer}
        now={now}
        numbered={numberKeys}
        onLog={logButton}
        onStartTimer={(b: ChoreButton) =>
          run(() => withDb((db, v) => v.startTimer(db, b.chore.id)).then(() => undefined))
        }
        onStopTimer={stop}
        onPin={(b: ChoreButton) =>
          run(() => withDb((db, v) => v.setPinned(db, b.chore.id, !b.pinned)).then(() => undefined))
        }
      />
      <NewChoreLine
        autoFocus={autoFocus}
        numbered={numbered}
        findMatches={findMatches}
        onLogExisting={(chore, minutes) => logChore(chore, minutes, 'form')}
        onLogNew={(name, minutes) =>
          withDb((db, v) => v.logNewChore(db, { name, minutes, source: 'form' })).then((r) =>
            show(r.chore.name, r.occurrence),
          )
        }
      />
      {/* Under the buttons, never above them: appearing there, it pushed every button down after a click. */}
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
      {short ? (
        <ShortTimerDialog
          choreName={short.choreName}
          seconds={short.seconds}
          onDiscard={() => setShort(null)}
          onLog={() => {
            setShort(null);
            void run(() =>
              logChore({ id: short.choreId, name: short.choreName, defaultMinutes: 1 }, 1, 'timer'),
            );
          }}
        />
      ) : null}
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
