/**
 * The timer, for a chore whose length is not known: started, stopped (logging what it ran) and, past
 * the cap, finished with the minutes the user confirms. Raw IndexedDB, as the rest of logging.
 */
import type { Chore, Occurrence } from '../../../shared/model';
import { InputError } from '../core/errors';
import { type KvRow, TIMER_KEY } from '../core/rows';
import { elapsedMinutes, type StoppedTimer, type TimerState, timerFromStored } from '../core/timer';
import { request } from './requests';
import { settingsIn } from './rollups';
import { addOccurrence, checkMinutes, gone, LOG_STORES, newOccurrence, write } from './write';

/** Starts timing a chore whose length isn't known. One timer at a time: a running one must be stopped. */
export function startTimer(db: IDBDatabase, choreId: string, now = Date.now()): Promise<TimerState> {
  return write(db, ['kv', 'chores'], async (tx) => {
    const [chore, running] = await Promise.all([
      request<Chore | undefined>(tx.objectStore('chores').get(choreId)),
      request<KvRow | undefined>(tx.objectStore('kv').get(TIMER_KEY)),
    ]);
    if (!chore || chore.deleted) throw gone();
    if (running) throw new InputError(['A timer is already running; stop it first.']);
    const timer = { choreId, startedAt: now };
    tx.objectStore('kv').put({ key: TIMER_KEY, value: timer } satisfies KvRow);
    return timer;
  });
}

async function readTimerIn(tx: IDBTransaction): Promise<TimerState> {
  const row = await request<KvRow | undefined>(tx.objectStore('kv').get(TIMER_KEY));
  const timer = timerFromStored(row?.value);
  if (!timer) throw new InputError(['No timer is running.']);
  return timer;
}

export type TimerStop = StoppedTimer & { occurrence?: Occurrence };

/**
 * Stops the timer and logs what it ran, in one transaction. A timer that ran past the cap (one forgotten
 * overnight must not log 26 hours) logs nothing and keeps running until the user confirms or discards
 * its minutes (finishTimer), so closing the popup on that question loses nothing. A timer that ran
 * under a minute stops and logs nothing: the user is asked whether to log 1 minute (logClick), and
 * closing the popup on that question discards it, as a timer started by mistake should be.
 */
export function stopTimer(db: IDBDatabase, now = Date.now()): Promise<TimerStop> {
  return write(db, [...LOG_STORES, 'kv'], async (tx) => {
    const [timer, settings] = await Promise.all([readTimerIn(tx), settingsIn(tx)]);
    const stopped = { choreId: timer.choreId, ...elapsedMinutes(timer, now, settings.timerCapMinutes) };
    if (stopped.capped) return stopped;
    if (stopped.short) {
      tx.objectStore('kv').delete(TIMER_KEY);
      return stopped;
    }
    const occurrence = newOccurrence(timer.choreId, stopped.minutes, 'timer', now);
    addOccurrence(tx, occurrence);
    tx.objectStore('kv').delete(TIMER_KEY);
    return { ...stopped, occurrence };
  });
}

/** Ends a capped timer: logs the minutes the user confirmed, or nothing when discarded (null). */
export async function finishTimer(
  db: IDBDatabase,
  minutes: number | null,
  now = Date.now(),
): Promise<Occurrence | null> {
  const valid = minutes === null ? null : checkMinutes(minutes);
  return write(db, [...LOG_STORES, 'kv'], async (tx) => {
    const timer = await readTimerIn(tx);
    tx.objectStore('kv').delete(TIMER_KEY);
    if (valid === null) return null;
    const occurrence = newOccurrence(timer.choreId, valid, 'timer', now);
    addOccurrence(tx, occurrence);
    return occurrence;
  });
}
