/**
 * Settles what the server answered to a push, through raw IndexedDB, in one transaction: the rows it
 * answered go, what it refused is recorded, chores it keeps as private become private here too.
 */
import type { Chore } from '../../shared/model';
import { type KvRow, SYNC_KEY } from '../db/core/rows';
import { committed, request } from '../db/idb/requests';
import { MAX_REJECTIONS, type Rejection, type Stuck, type SyncState } from './state';

export type Settlement = {
  /** Outbox rows answered (or with nothing to send). */
  seqs: number[];
  /** What the server refused change by change, newest first. */
  refused?: Rejection[];
  /** Chores the server now keeps as private (a private change applied, or code 'private'). */
  sealed?: string[];
  /** Of those, chores to make private on this device (the server refused them as private). */
  makePrivate?: string[];
  /** Stuck changes that went through. */
  unstuck?: string[];
};

/** The ids the server keeps as private, with `ids` added. */
export function withSealed(state: SyncState, ids: string[]): string[] | undefined {
  const all = new Set([...(state.privateOnServer ?? []), ...ids]);
  return all.size > 0 ? [...all] : undefined;
}

/** Marks chores private on this device: a local flag, so no outbox row (the server already knows). */
export async function makePrivateIn(tx: IDBTransaction, ids: Iterable<string>): Promise<number> {
  let changed = 0;
  for (const id of ids) {
    const chore = await request<Chore | undefined>(tx.objectStore('chores').get(id));
    if (!chore || chore.private) continue;
    tx.objectStore('chores').put({ ...chore, private: true } satisfies Chore);
    changed += 1;
  }
  return changed;
}

/**
 * Applies a settlement in one transaction. Rows added while the push was in flight stay for the next
 * one; a state removed meanwhile (the member left) stays removed; only the latest MAX_REJECTIONS
 * rejections are kept.
 */
export async function settle(idb: IDBDatabase, s: Settlement): Promise<void> {
  const tx = idb.transaction(['outbox', 'kv', 'chores'], 'readwrite');
  const done = committed(tx);
  for (const seq of s.seqs) tx.objectStore('outbox').delete(seq);
  await makePrivateIn(tx, s.makePrivate ?? []);
  const row = await request<KvRow | undefined>(tx.objectStore('kv').get(SYNC_KEY));
  const state = row?.value as SyncState | undefined;
  if (state && (s.refused?.length || s.sealed?.length || s.unstuck?.length)) {
    const rejected = [...(s.refused ?? []), ...state.rejected].slice(0, MAX_REJECTIONS);
    const unstuck = new Set(s.unstuck);
    const stuck = (state.stuck ?? []).filter((x) => !unstuck.has(x.key));
    const next: SyncState = { ...state, rejected, stuck, privateOnServer: withSealed(state, s.sealed ?? []) };
    if (next.stuck?.length === 0) delete next.stuck;
    if (next.privateOnServer === undefined) delete next.privateOnServer;
    tx.objectStore('kv').put({ key: SYNC_KEY, value: next } satisfies KvRow);
  }
  await done;
}

/** Records a change as stuck (or stuck again), to be tried alone at its `retryAt`. */
export async function park(idb: IDBDatabase, stuck: Stuck): Promise<void> {
  const tx = idb.transaction('kv', 'readwrite');
  const done = committed(tx);
  const row = await request<KvRow | undefined>(tx.objectStore('kv').get(SYNC_KEY));
  const state = row?.value as SyncState | undefined;
  if (state) {
    const others = (state.stuck ?? []).filter((x) => x.key !== stuck.key);
    tx.objectStore('kv').put({
      key: SYNC_KEY,
      value: { ...state, stuck: [...others, stuck] },
    } satisfies KvRow);
  }
  await done;
}
