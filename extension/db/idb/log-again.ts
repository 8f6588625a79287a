import type { Chore, Occurrence } from '../../../shared/model';
import { quotaAware } from '../core/errors';
import type { ChoreStatsRow, OutboxRow } from '../core/rows';
import { usualMinutes } from '../core/typical';
import { announceChange } from './changes';
import { committed, request } from './requests';
import { addRecent, addToRollups, settingsIn } from './rollups';
import { newOccurrence } from './write';

const STORES = ['chores', 'choreStats', 'kv', 'occurrences', 'outbox', 'weekly', 'daily'];

/**
 * The "log it again" shortcut's write: the occurrence, its outbox row, the weekly and daily rollups and
 * the recent list, in one transaction through raw IndexedDB (the background has no Dexie). Nothing here
 * comes from the user: the chore is read from the database and the minutes are its usual minutes.
 * Returns null when the chore is gone.
 */
export async function logAgain(db: IDBDatabase, choreId: string, now: number): Promise<Occurrence | null> {
  const tx = db.transaction(STORES, 'readwrite');
  const done = committed(tx);
  try {
    const [chore, stats, settings] = await Promise.all([
      request<Chore | undefined>(tx.objectStore('chores').get(choreId)),
      request<ChoreStatsRow | undefined>(tx.objectStore('choreStats').get(choreId)),
      settingsIn(tx),
    ]);
    if (!chore || chore.deleted) {
      tx.abort();
      await done.catch(() => undefined);
      return null;
    }
    const occ = newOccurrence(choreId, usualMinutes(chore, stats), 'shortcut', now);
    tx.objectStore('occurrences').add(occ);
    tx.objectStore('outbox').add({
      table: 'occurrences',
      id: occ.id,
      op: 'put',
      at: now,
    } satisfies OutboxRow);
    await Promise.all([addToRollups(tx, settings, [occ], 1), addRecent(tx, [occ])]);
    await done;
    announceChange();
    return occ;
  } catch (error) {
    throw quotaAware(error);
  }
}
