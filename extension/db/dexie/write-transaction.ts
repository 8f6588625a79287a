import type { Transaction } from 'dexie';
import { foldPending } from '../idb/rollups';
import { type ToilDb, writeTables } from './schema';

/**
 * A `rw` transaction over every table a change to chores or occurrences touches. It starts by folding
 * the pending occurrences (left by the popup's one-click path) into the rollups, so the work inside
 * always reads complete rollups.
 */
export function writeTransaction<T>(db: ToilDb, work: () => Promise<T>): Promise<T> {
  return db.transaction('rw', writeTables(db), async (tx: Transaction) => {
    await foldPending(tx.idbtrans);
    return work();
  });
}
