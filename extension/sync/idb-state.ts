/**
 * The sync state through raw IndexedDB, as the sync session reads and changes it (the same in the
 * pages, on their Dexie database's own connection, and in the background). Same kv row as state.ts.
 */
import { type KvRow, SYNC_KEY } from '../db/core/rows';
import { committed, request } from '../db/idb/requests';
import type { SyncState } from './state';

export async function readState(db: IDBDatabase): Promise<SyncState | undefined> {
  const row = await request<KvRow | undefined>(db.transaction('kv').objectStore('kv').get(SYNC_KEY));
  return row?.value as SyncState | undefined;
}

/** Changes the stored state in one transaction (a state removed meanwhile, by leaving, stays removed). */
export async function updateState(db: IDBDatabase, change: (s: SyncState) => SyncState): Promise<void> {
  const tx = db.transaction('kv', 'readwrite');
  const store = tx.objectStore('kv');
  const row = await request<KvRow | undefined>(store.get(SYNC_KEY));
  if (row?.value) store.put({ key: SYNC_KEY, value: change(row.value as SyncState) });
  await committed(tx);
}
