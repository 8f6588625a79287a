/**
 * Deletions a pull held back instead of applying (apply-pull.ts), kept in the kv store until the end of
 * the pull run decides (held-deletes.ts): a few are applied then, more wait for the member's choice.
 * Raw IndexedDB, for the pages and the background alike.
 */
import type { PulledChange } from '../../shared/api/sync';
import type { Chore, Occurrence } from '../../shared/model';
import { HELD_DELETES_KEY, type KvRow } from '../db/core/rows';
import { request } from '../db/idb/requests';
import type { HeldCounts } from './state';

/**
 * One pull run deletes at most this many of this browser's live chores and entries without asking.
 * Above it (another browser emptied the member's records, or a token in wrong hands did), nothing is
 * deleted here until the member chooses.
 */
export const DELETE_WITHOUT_ASKING: HeldCounts = { chores: 3, entries: 50 };

/** The server's tombstones held back, one per record (the latest revision). */
export type HeldDeletes = { changes: PulledChange[] };

const idOf = (c: PulledChange) => (c.type === 'chore' ? `c:${c.chore.id}` : `o:${c.occurrence.id}`);

export async function readHeld(tx: IDBTransaction): Promise<PulledChange[]> {
  const row = await request<KvRow | undefined>(tx.objectStore('kv').get(HELD_DELETES_KEY));
  return (row?.value as HeldDeletes | undefined)?.changes ?? [];
}

/** Adds tombstones to those held (a later revision of a record replaces the earlier). */
export async function addHeld(tx: IDBTransaction, changes: PulledChange[]): Promise<void> {
  if (changes.length === 0) return;
  const held = new Map((await readHeld(tx)).map((c) => [idOf(c), c]));
  for (const change of changes) held.set(idOf(change), change);
  const value: HeldDeletes = { changes: [...held.values()] };
  tx.objectStore('kv').put({ key: HELD_DELETES_KEY, value } satisfies KvRow);
}

export function clearHeld(tx: IDBTransaction): void {
  tx.objectStore('kv').delete(HELD_DELETES_KEY);
}

/** The held tombstones of records still live here, by kind, with those records as they are here. */
export async function liveHeld(tx: IDBTransaction, changes: PulledChange[]) {
  const get = <T>(store: string, id: string) => request<T | undefined>(tx.objectStore(store).get(id));
  const chores: Chore[] = [];
  const occurrences: Occurrence[] = [];
  for (const change of changes) {
    if (change.type === 'chore') {
      const local = await get<Chore>('chores', change.chore.id);
      if (local && !local.deleted) chores.push(local);
    } else {
      const local = await get<Occurrence>('occurrences', change.occurrence.id);
      if (local && !local.deleted) occurrences.push(local);
    }
  }
  return { chores, occurrences };
}
