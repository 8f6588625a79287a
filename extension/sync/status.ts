import type { ToilDb } from '../db/dexie/schema';
import { readSyncState, type SyncState } from './state';

/** What the UI shows about sync: everything but the tokens, which no view needs. */
export type SyncStatus = Omit<SyncState, 'token' | 'pendingToken'> & { waiting: number };

/** For a live query: the connection, its health and the changes waiting to be pushed. */
export async function syncStatus(db: ToilDb): Promise<SyncStatus | null> {
  const [state, waiting] = await Promise.all([readSyncState(db), db.outbox.count()]);
  if (!state) return null;
  const { token: _token, pendingToken: _pending, ...shown } = state;
  return { ...shown, waiting };
}
