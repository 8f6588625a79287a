/**
 * The outbox as the sync session reads and settles it, through raw IndexedDB (the same in the pages,
 * on their Dexie database's own connection, and in the background, which has no Dexie).
 */
import type { Change } from '../../shared/api/sync';
import type { Chore, Occurrence } from '../../shared/model';
import { type KvRow, type OutboxRow, SYNC_KEY } from '../db/core/rows';
import { committed, request } from '../db/idb/requests';
import { MAX_REJECTIONS, type Rejection, type SyncState } from './state';
import { wireChore, wireOccurrence } from './wire';

/** What one push sends, and the outbox rows it settles once the server has answered. */
export type PushBatch = {
  changes: Change[];
  /** The outbox row numbers this batch covers (including private records, which are never sent). */
  seqs: number[];
};

/**
 * The oldest `limit` outbox rows as one push: each record once (its current state, however often it
 * changed), chores before occurrences so a new chore and its first entries travel together. Private
 * chores and their entries are covered (their rows are settled) but never sent. Undefined when empty.
 */
export async function readBatch(idb: IDBDatabase, limit: number): Promise<PushBatch | undefined> {
  const tx = idb.transaction(['outbox', 'chores', 'occurrences']);
  const rows = await request<OutboxRow[]>(tx.objectStore('outbox').getAll(null, limit));
  if (rows.length === 0) return undefined;
  const get = <T>(store: string, id: string) => request<T | undefined>(tx.objectStore(store).get(id));
  const unique = (table: OutboxRow['table']) => [
    ...new Set(rows.filter((r) => r.table === table).map((r) => r.id)),
  ];
  const chores = await Promise.all(unique('chores').map((id) => get<Chore>('chores', id)));
  const occurrences = (
    await Promise.all(unique('occurrences').map((id) => get<Occurrence>('occurrences', id)))
  ).filter((o): o is Occurrence => o !== undefined);
  const parents = await Promise.all(
    [...new Set(occurrences.map((o) => o.choreId))].map((id) => get<Chore>('chores', id)),
  );
  const privateChores = new Set(parents.filter((c) => c?.private).map((c) => c?.id));
  const changes: Change[] = [
    ...chores.filter((c): c is Chore => c !== undefined && !c.private).map(wireChore),
    ...occurrences.filter((o) => !privateChores.has(o.choreId)).map(wireOccurrence),
  ];
  return { changes, seqs: rows.map((r) => r.seq).filter((s): s is number => s !== undefined) };
}

/**
 * After the server answered a batch: settles its rows and records what it refused (`refused`, newest
 * first, before the older ones; only the latest MAX_REJECTIONS are kept), in one transaction. Rows
 * added while the push was in flight stay for the next one; a state removed meanwhile (the member left)
 * stays removed.
 */
export async function settleBatch(idb: IDBDatabase, seqs: number[], refused: Rejection[]): Promise<void> {
  const tx = idb.transaction(['outbox', 'kv'], 'readwrite');
  const done = committed(tx);
  for (const seq of seqs) tx.objectStore('outbox').delete(seq);
  if (refused.length > 0) {
    const row = await request<KvRow | undefined>(tx.objectStore('kv').get(SYNC_KEY));
    const state = row?.value as SyncState | undefined;
    if (state) {
      const rejected = [...refused, ...state.rejected].slice(0, MAX_REJECTIONS);
      tx.objectStore('kv').put({ key: SYNC_KEY, value: { ...state, rejected } } satisfies KvRow);
    }
  }
  await done;
}
