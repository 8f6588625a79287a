/**
 * Logging's writes, in raw IndexedDB so the popup loads neither Dexie nor zod (its 50 KB budget) and a
 * click costs as little as the design allows: a click, the new-chore line, Undo, the minutes' adjustment
 * (the timer: timer.ts). Same records as the full page's Dexie verbs: the occurrence (or chore) with its
 * outbox row in one transaction.
 *
 * One click writes no rollup: its transaction adds the occurrence, its outbox row and a pending row, and
 * reads nothing it has to wait for. The pending row is folded into the rollups right after (foldNow), or
 * by the next write of any kind; until then readers add it in themselves (core/snapshot.ts).
 */
import { manualChore } from '../../../shared/chore-record';
import type { Chore, Occurrence } from '../../../shared/model';
import { choreKey, nameProblem } from '../../../shared/text';
import { InputError } from '../core/errors';
import { newId } from '../core/ids';
import type { OutboxRow } from '../core/rows';
import { request } from './requests';
import { addRecent, addToRollups, FOLD_STORES, foldPending, refreshRecent, settingsIn } from './rollups';
import { addOccurrence, checkMinutes, gone, LOG_STORES, newOccurrence, type Source, write } from './write';

export type QuickLog = { choreId: string; minutes: number; source: Source; at?: number };

const ALL_STORES = [...new Set([...LOG_STORES, ...FOLD_STORES])];

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
