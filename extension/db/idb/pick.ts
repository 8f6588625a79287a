import type { StoredPick } from '../core/pick';
import { type KvRow, PICK_KEY } from '../core/rows';
import { committed } from './requests';

/**
 * Remembers the chore shown as "automate this first" (core/pick.ts), through raw IndexedDB: the popup
 * loads no Dexie. No change is announced: what the pages show does not change by it.
 */
export async function savePick(db: IDBDatabase, choreId: string, now = Date.now()): Promise<void> {
  const tx = db.transaction('kv', 'readwrite');
  const done = committed(tx);
  const value: StoredPick = { choreId, at: now };
  tx.objectStore('kv').put({ key: PICK_KEY, value } satisfies KvRow);
  await done;
}
