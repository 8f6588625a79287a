/**
 * The background's view of the outbox through raw IndexedDB (no Dexie: the service worker's size
 * budget). Same database and stores as db/schema.ts; the pages read it through Dexie (outbox-batch.ts).
 */
import type { Change } from '../../../shared/api/sync';
import type { Chore, Occurrence } from '../../../shared/model';
import type { OutboxRow } from '../../db/core/rows';
import { committed, request } from '../../db/idb/requests';
import { wireChore, wireOccurrence } from '../outbox-batch';

/** The oldest outbox rows as one push, as outbox-batch.ts builds it for the pages (private ones skipped). */
export async function readBatch(db: IDBDatabase, limit: number) {
  const tx = db.transaction(['outbox', 'chores', 'occurrences']);
  const rows = await request<OutboxRow[]>(tx.objectStore('outbox').getAll(null, limit));
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

export async function settleRows(db: IDBDatabase, seqs: number[]): Promise<void> {
  const tx = db.transaction('outbox', 'readwrite');
  for (const seq of seqs) tx.objectStore('outbox').delete(seq);
  await committed(tx);
}
