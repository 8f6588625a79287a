/**
 * The popup's writes, in raw IndexedDB so the popup loads neither Dexie nor zod (its 50 KB budget) and a
 * click costs as little as the design allows. Same records as the Dexie verbs in ../occurrences.ts: the
 * occurrence (or chore) with its outbox row in one transaction.
 *
 * One click writes no rollup: its transaction adds the occurrence, its outbox row and a pending row, and
 * reads nothing it has to wait for. The pending row is folded into the rollups right after (foldNow), or
 * by the next write of any kind; until then readers add it in themselves (see snapshot.ts).
 */
import { manualChore } from '../../../shared/chore-record';
import type { Chore, Occurrence } from '../../../shared/model';
import { choreKey, minutesProblem, nameProblem } from '../../../shared/text';
import { InputError, quotaAware } from '../core/errors';
import { newId } from '../core/ids';
import { type KvRow, type OutboxRow, type PendingRow, TIMER_KEY } from '../core/rows';
import { elapsedMinutes, type StoppedTimer, type TimerState, timerFromStored } from '../core/timer';
import { announceChange } from './changes';
import { committed, request } from './requests';
import { addRecent, addToRollups, FOLD_STORES, foldPending, refreshRecent, settingsIn } from './rollups';

type Source = Occurrence['source'];
export type QuickLog = { choreId: string; minutes: number; source: Source; at?: number };

const LOG_STORES = ['chores', 'occurrences', 'outbox', 'pending'];
const ALL_STORES = [...new Set([...LOG_STORES, ...FOLD_STORES])];

function checkMinutes(minutes: unknown): number {
  const problem = minutesProblem(minutes);
  if (problem) throw new InputError([problem]);
  return minutes as number;
}

const gone = () => new InputError(['That chore no longer exists.']);

/** Runs `work` in one readwrite transaction and resolves once it committed; a quota error is explained. */
async function write<T>(
  db: IDBDatabase,
  stores: string[],
  work: (tx: IDBTransaction) => Promise<T>,
): Promise<T> {
  const tx = db.transaction(stores, 'readwrite');
  const done = committed(tx);
  try {
    const result = await work(tx);
    await done;
    announceChange();
    return result;
  } catch (error) {
    if (tx.error === null) {
      try {
        tx.abort();
      } catch {
        // Already finished.
      }
    }
    await done.catch(() => undefined);
    throw quotaAware(error);
  }
}

/** A new live occurrence, done at `at` (default: now). */
export function newOccurrence(
  choreId: string,
  minutes: number,
  source: Source,
  now: number,
  at = now,
): Occurrence {
  return { id: newId(), choreId, at, minutes, source, updatedAt: now, deleted: false };
}

/** Adds a live occurrence with its outbox and pending rows; nothing here waits for a read. */
function addOccurrence(tx: IDBTransaction, occ: Occurrence) {
  tx.objectStore('occurrences').add(occ);
  tx.objectStore('outbox').add({
    table: 'occurrences',
    id: occ.id,
    op: 'put',
    at: occ.updatedAt,
  } satisfies OutboxRow);
  const { id, choreId, at, minutes } = occ;
  tx.objectStore('pending').add({ id, choreId, at, minutes } satisfies PendingRow);
}

/**
 * One click: logs the chore with the minutes its button showed. The chore is read in the same
 * transaction, but nothing waits for it: if it is gone (deleted in another tab), the transaction is
 * aborted and nothing is stored.
 */
export async function logClick(db: IDBDatabase, input: QuickLog, now = Date.now()): Promise<Occurrence> {
  const minutes = checkMinutes(input.minutes);
  const occ = newOccurrence(input.choreId, minutes, input.source, now, input.at);
  let missing = false;
  await write(db, LOG_STORES, async (tx) => {
    const chore = tx.objectStore('chores').get(input.choreId);
    chore.onsuccess = () => {
      const found = chore.result as Chore | undefined;
      if (!found || found.deleted) {
        missing = true;
        tx.abort();
      }
    };
    addOccurrence(tx, occ);
  }).catch((error) => {
    throw missing ? gone() : error;
  });
  return occ;
}

/** Folds the pending rows into the rollups, in a transaction of its own. Returns how many were folded. */
export function foldNow(db: IDBDatabase): Promise<number> {
  return write(db, FOLD_STORES, (tx) => foldPending(tx));
}

/** The one-line form: creates the chore (or reuses the live one with the same name) and logs it. */
export async function logNewChore(
  db: IDBDatabase,
  input: { name: string; minutes: number; source: Source },
  now = Date.now(),
): Promise<{ chore: Chore; occurrence: Occurrence; existed: boolean }> {
  const name = input.name.trim();
  const problem = nameProblem(name);
  if (problem) throw new InputError([problem]);
  const minutes = checkMinutes(input.minutes);
  return write(db, LOG_STORES, async (tx) => {
    const chores = tx.objectStore('chores');
    const sameKey = await request<Chore[]>(chores.index('key').getAll(choreKey(name)));
    const existing = sameKey.find((c) => !c.deleted);
    const chore = existing ?? manualChore({ name, defaultMinutes: minutes }, { id: newId(), now });
    if (!existing) {
      chores.add(chore);
      tx.objectStore('outbox').add({ table: 'chores', id: chore.id, op: 'put', at: now } satisfies OutboxRow);
    }
    const occurrence = newOccurrence(chore.id, minutes, input.source, now);
    addOccurrence(tx, occurrence);
    return { chore, occurrence, existed: Boolean(existing) };
  });
}

/**
 * Replaces a stored occurrence by `change(it)` with the rollups kept right (pending rows folded first),
 * in one transaction. `change` returns null to leave it as it is.
 */
function changeOccurrence(
  db: IDBDatabase,
  id: string,
  change: (occ: Occurrence) => Occurrence | null,
  now: number,
): Promise<Occurrence> {
  return write(db, ALL_STORES, async (tx) => {
    const settings = await settingsIn(tx);
    await foldPending(tx, settings);
    const prev = await request<Occurrence | undefined>(tx.objectStore('occurrences').get(id));
    if (!prev) throw new InputError(['That entry no longer exists.']);
    const next = change(prev);
    if (!next) return prev;
    tx.objectStore('occurrences').put(next);
    tx.objectStore('outbox').add({
      table: 'occurrences',
      id,
      op: next.deleted ? 'delete' : 'put',
      at: now,
    } satisfies OutboxRow);
    if (!prev.deleted) await addToRollups(tx, settings, [prev], -1);
    if (!next.deleted) await addToRollups(tx, settings, [next], 1);
    if (!prev.deleted) await refreshRecent(tx, prev.choreId, prev.id);
    if (!next.deleted) await addRecent(tx, [next]);
    return next;
  });
}

/** Undo of a one-click log: the entry becomes a tombstone (sync needs to know). Twice is harmless. */
export function undoLog(db: IDBDatabase, id: string, now = Date.now()): Promise<Occurrence> {
  return changeOccurrence(
    db,
    id,
    (occ) => (occ.deleted ? null : { ...occ, deleted: true, updatedAt: now }),
    now,
  );
}

/** The quick adjustment after a click: the minutes of what was just logged. */
export async function adjustMinutes(
  db: IDBDatabase,
  id: string,
  minutes: number,
  now = Date.now(),
): Promise<Occurrence> {
  const valid = checkMinutes(minutes);
  return changeOccurrence(
    db,
    id,
    (occ) => {
      if (occ.deleted) throw new InputError(['That entry was undone, so its minutes cannot change.']);
      return occ.minutes === valid ? null : { ...occ, minutes: valid, updatedAt: now };
    },
    now,
  );
}

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
 * its minutes (finishTimer), so closing the popup on that question loses nothing.
 */
export function stopTimer(db: IDBDatabase, now = Date.now()): Promise<TimerStop> {
  return write(db, [...LOG_STORES, 'kv'], async (tx) => {
    const [timer, settings] = await Promise.all([readTimerIn(tx), settingsIn(tx)]);
    const stopped = { choreId: timer.choreId, ...elapsedMinutes(timer, now, settings.timerCapMinutes) };
    if (stopped.capped) return stopped;
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
