import { Dexie } from 'dexie';
import type { Occurrence } from '../../shared/model';
import type { Settings } from './core/settings';
import { addRecent, addToRollups, readRecentIn, refreshRecent, rewriteRecent } from './idb/rollups';

/**
 * The rollups kept right from inside a Dexie `rw` transaction: the work is done once, in idb/rollups.ts,
 * on the transaction's native IndexedDB transaction (the popup and the background use it directly).
 */

type Counted = Pick<Occurrence, 'id' | 'choreId' | 'at' | 'minutes'>;

function nativeTransaction(): IDBTransaction {
  const tx = Dexie.currentTransaction;
  if (!tx) throw new Error('The rollups can only change inside a transaction.');
  return tx.idbtrans;
}

/** Adds (sign 1) or removes (sign -1) one live occurrence from the weekly and daily rollups. */
export function applyToRollups(settings: Settings, occ: Counted, sign: 1 | -1): Promise<void> {
  return addToRollups(nativeTransaction(), settings, [occ], sign);
}

/** Keeps the chore's recent list right after a live occurrence was added (cheap: no history read). */
export function addToStats(occ: Counted): Promise<void> {
  return addRecent(nativeTransaction(), [occ]);
}

/**
 * After an occurrence was deleted, moved or edited: re-reads the chore's recent list if it was in it
 * (or always, without `changedId`). One that is not listed is older than a full list, so nothing changes.
 */
export async function refreshStats(choreId: string, changedId?: string): Promise<void> {
  const tx = nativeTransaction();
  if (changedId !== undefined) return refreshRecent(tx, choreId, changedId);
  await rewriteRecent(tx, choreId, await readRecentIn(tx, choreId));
}
