/**
 * What every raw IndexedDB write of logging shares: one readwrite transaction that resolves once
 * committed (a quota error explained, the change announced to the open pages), and a new live
 * occurrence stored with its outbox row and a pending row (folded into the rollups later, foldPending).
 */
import type { Occurrence } from '../../../shared/model';
import { minutesProblem } from '../../../shared/text';
import { InputError, quotaAware } from '../core/errors';
import { newId } from '../core/ids';
import type { OutboxRow, PendingRow } from '../core/rows';
import { announceChange } from './changes';
import { committed } from './requests';

export type Source = Occurrence['source'];

/** The stores logging an occurrence touches (without folding it into the rollups). */
export const LOG_STORES = ['chores', 'occurrences', 'outbox', 'pending'];

export function checkMinutes(minutes: unknown): number {
  const problem = minutesProblem(minutes);
  if (problem) throw new InputError([problem]);
  return minutes as number;
}

export const gone = () => new InputError(['That chore no longer exists.']);

/** Runs `work` in one readwrite transaction and resolves once it committed; a quota error is explained. */
export async function write<T>(
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
export function addOccurrence(tx: IDBTransaction, occ: Occurrence) {
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
