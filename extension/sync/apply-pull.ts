/**
 * Applies one pulled page through raw IndexedDB, for the sync session's pull (pull.ts): the same in the
 * background and in the pages (on their Dexie database's own connection).
 */
import type { PulledChange, PulledPrivate, WireChore, WireOccurrence } from '../../shared/api/sync';
import type { Chore, Occurrence } from '../../shared/model';
import { choreKey } from '../../shared/text';
import { type KvRow, type OutboxRow, SYNC_KEY } from '../db/core/rows';
import { announceChange } from '../db/idb/changes';
import { committed, request } from '../db/idb/requests';
import {
  addRecent,
  addToRollups,
  FOLD_STORES,
  foldPending,
  refreshRecent,
  settingsIn,
} from '../db/idb/rollups';
import { addHeld } from './held-store';
import { withSealed } from './settle';
import type { SyncState } from './state';

/** A record from the member's other device, or the tombstone of a chore made private there. */
type Pulled = PulledChange | PulledPrivate;

/** The stores applying pulled changes reads and writes. */
export const PULL_STORES = [...new Set(['chores', 'occurrences', 'outbox', ...FOLD_STORES])];

/**
 * `cursor`: where the feed stands after these changes (none: it stays). `hold`: a tombstone of a record
 * live here is kept aside (held-store.ts) instead of applied, for the end of the pull run to decide.
 */
export type ApplyMode = { cursor?: string; hold: boolean };

const isLive = (local: { deleted: boolean } | undefined) => local !== undefined && !local.deleted;

/** The same record, whatever order its fields were written in (the server's and this device's differ). */
const canonical = (value: object) =>
  JSON.stringify(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)));

/**
 * A chore from the member's other device. Fields the server never holds (site pattern, repository,
 * privacy) are
 * kept from this device's copy; a tombstone here stays a tombstone (deletes win), though it takes the
 * server's revision when both deleted it, so that every device ends with the same record.
 */
function choreToWrite(wire: WireChore, local: Chore | undefined, pending: Set<string>): Chore | undefined {
  if (local?.deleted && !wire.deleted) return undefined;
  if (local && pending.has(wire.id) && !wire.deleted) return undefined;
  const next: Chore = {
    ...wire,
    key: choreKey(wire.name),
    private: local?.private ?? false,
    ...(local?.sitePattern ? { sitePattern: local.sitePattern } : {}),
    ...(local?.repository ? { repository: local.repository } : {}),
  };
  return local && canonical(local) === canonical(next) ? undefined : next;
}

/**
 * An occurrence from the member's other device. A local edit not yet pushed is kept (it is pushed next
 * and wins); a remote tombstone always applies; the note stays this device's.
 */
function occurrenceToWrite(wire: WireOccurrence, local: Occurrence | undefined, pending: Set<string>) {
  if (local?.deleted && !wire.deleted) return undefined;
  if (local && pending.has(wire.id) && !wire.deleted) return undefined;
  const next: Occurrence = { ...wire, ...(local?.note ? { note: local.note } : {}) };
  return local && canonical(local) === canonical(next) ? undefined : next;
}

function getEach<T>(tx: IDBTransaction, store: string, ids: string[]): Promise<Map<string, T | undefined>> {
  const from = tx.objectStore(store);
  return Promise.all(ids.map((id) => request<T | undefined>(from.get(id)))).then(
    (found) => new Map(ids.map((id, i) => [id, found[i]])),
  );
}

/** Writes what changed, with the rollups and recent lists kept right; undefined when not joined. */
export async function applyChangesIn(tx: IDBTransaction, changes: Pulled[], mode: ApplyMode) {
  const settings = await settingsIn(tx);
  await foldPending(tx, settings);
  const state = (await request<KvRow | undefined>(tx.objectStore('kv').get(SYNC_KEY)))?.value as
    | SyncState
    | undefined;
  if (!state) return undefined;
  const tombs = changes.flatMap((c) => (c.type === 'private' ? [c.choreId] : []));
  const choreIds = [...changes.flatMap((c) => (c.type === 'chore' ? [c.chore.id] : [])), ...tombs];
  const occIds = changes.flatMap((c) => (c.type === 'occurrence' ? [c.occurrence.id] : []));
  const [outbox, localChores, localOccs] = await Promise.all([
    request<OutboxRow[]>(tx.objectStore('outbox').getAll()),
    getEach<Chore>(tx, 'chores', choreIds),
    getEach<Occurrence>(tx, 'occurrences', occIds),
  ]);
  const pending = new Set(outbox.map((r) => r.id));
  // Decided in memory; only real changes are written (what this device pushed itself comes back
  // unchanged and costs no write). A record listed twice is decided against its first decision.
  const chores = new Map<string, Chore>();
  const occs = new Map<string, Occurrence>();
  const held: PulledChange[] = [];
  for (const change of changes) {
    if (change.type === 'chore') {
      const { id } = change.chore;
      const local = chores.get(id) ?? localChores.get(id);
      if (mode.hold && change.chore.deleted && isLive(local)) {
        held.push(change);
        continue;
      }
      const next = choreToWrite(change.chore, local, pending);
      if (next) chores.set(id, next);
    } else if (change.type === 'private') {
      // Private on another of the member's devices: the server holds none of it, and this device keeps
      // it (the flag is local) and never pushes it again.
      const local = chores.get(change.choreId) ?? localChores.get(change.choreId);
      if (local && !local.private) chores.set(local.id, { ...local, private: true });
    } else {
      const { id } = change.occurrence;
      const local = occs.get(id) ?? localOccs.get(id);
      if (mode.hold && change.occurrence.deleted && isLive(local)) {
        held.push(change);
        continue;
      }
      const next = occurrenceToWrite(change.occurrence, local, pending);
      if (next) occs.set(id, next);
    }
  }
  for (const chore of chores.values()) tx.objectStore('chores').put(chore);
  for (const occ of occs.values()) tx.objectStore('occurrences').put(occ);
  const removed = [...occs.keys()]
    .map((id) => localOccs.get(id))
    .filter((o): o is Occurrence => o !== undefined && !o.deleted);
  const added = [...occs.values()].filter((o) => !o.deleted);
  await addToRollups(tx, settings, removed, -1);
  await addToRollups(tx, settings, added, 1);
  for (const occ of removed) await refreshRecent(tx, occ.choreId, occ.id);
  await addRecent(tx, added);
  await addHeld(tx, held);
  const privateOnServer = withSealed(state, tombs);
  const cursor = mode.cursor ?? state.cursor;
  const next: SyncState = { ...state, cursor, ...(privateOnServer ? { privateOnServer } : {}) };
  tx.objectStore('kv').put({ key: SYNC_KEY, value: next } satisfies KvRow);
  return chores.size + occs.size > 0;
}

/**
 * Applies one pulled page and moves the cursor past it in one readwrite transaction (pending rows folded
 * first), without touching the outbox: what came from the server never goes back to it, and a crash
 * never skips or repeats a page. Tombstones of records live here are held back for the end of the pull
 * run (held-deletes.ts). False when the device is not (or no longer) in a team.
 */
export async function applyPulledPage(db: IDBDatabase, changes: Pulled[], cursor: string): Promise<boolean> {
  const tx = db.transaction(PULL_STORES, 'readwrite');
  const done = committed(tx);
  let changed: boolean | undefined;
  try {
    changed = await applyChangesIn(tx, changes, { cursor, hold: true });
    await done;
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // Already finished.
    }
    await done.catch(() => undefined);
    throw error;
  }
  if (changed) announceChange();
  return changed !== undefined;
}
