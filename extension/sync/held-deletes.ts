/**
 * Deletions pulled from the member's other browsers, held back by a pull (apply-pull.ts) and decided at
 * the end of the pull run: a few are applied; more wait for the member, who applies them or keeps this
 * browser's records. Never is a local entry lost without the member's say. Raw IndexedDB, for the pages
 * and the background alike.
 */
import type { Chore, Occurrence } from '../../shared/model';
import { newId } from '../db/core/ids';
import { type KvRow, type OutboxRow, PINS_KEY, SYNC_KEY, TIMER_KEY } from '../db/core/rows';
import { announceChange } from '../db/idb/changes';
import { committed, request } from '../db/idb/requests';
import { addRecent, addToRollups, refreshRecent, settingsIn } from '../db/idb/rollups';
import { applyChangesIn, PULL_STORES } from './apply-pull';
import { clearHeld, DELETE_WITHOUT_ASKING, liveHeld, readHeld } from './held-store';
import { type SyncState, withPatch } from './state';

const STORES = PULL_STORES;

async function write(db: IDBDatabase, work: (tx: IDBTransaction) => Promise<boolean>): Promise<void> {
  const tx = db.transaction(STORES, 'readwrite');
  const done = committed(tx);
  let changed = false;
  try {
    changed = await work(tx);
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
}

async function patchStateIn(tx: IDBTransaction, patch: Partial<SyncState>) {
  const row = await request<KvRow | undefined>(tx.objectStore('kv').get(SYNC_KEY));
  if (!row?.value) return;
  tx.objectStore('kv').put({
    key: SYNC_KEY,
    value: withPatch(row.value as SyncState, patch),
  } satisfies KvRow);
}

/**
 * At the end of a pull run: applies what was held when it deletes at most DELETE_WITHOUT_ASKING of this
 * browser's live records (and nothing is waiting for the member already); otherwise records how many it
 * would delete, for the Team section to ask (state.heldDeletes).
 */
export function settleHeldDeletes(db: IDBDatabase): Promise<void> {
  return write(db, async (tx) => {
    const changes = await readHeld(tx);
    if (changes.length === 0) return false;
    const row = await request<KvRow | undefined>(tx.objectStore('kv').get(SYNC_KEY));
    const state = row?.value as SyncState | undefined;
    if (!state) return false;
    const live = await liveHeld(tx, changes);
    const counts = { chores: live.chores.length, entries: live.occurrences.length };
    const few =
      counts.chores <= DELETE_WITHOUT_ASKING.chores && counts.entries <= DELETE_WITHOUT_ASKING.entries;
    if ((few && !state.heldDeletes) || counts.chores + counts.entries === 0) {
      await applyChangesIn(tx, changes, { hold: false });
      clearHeld(tx);
      await patchStateIn(tx, { heldDeletes: undefined });
      return true;
    }
    await patchStateIn(tx, { heldDeletes: counts });
    return true;
  });
}

/** The member's "Delete them here too": the held deletions are applied as any pulled change. */
export function applyHeldDeletes(db: IDBDatabase): Promise<void> {
  return write(db, async (tx) => {
    await applyChangesIn(tx, await readHeld(tx), { hold: false });
    clearHeld(tx);
    await patchStateIn(tx, { heldDeletes: undefined });
    return true;
  });
}

async function liveEntriesOf(tx: IDBTransaction, choreId: string): Promise<Occurrence[]> {
  const range = IDBKeyRange.bound([choreId, -Infinity], [choreId, Infinity]);
  const all = await request<Occurrence[]>(tx.objectStore('occurrences').index('[choreId+at]').getAll(range));
  return all.filter((o) => !o.deleted);
}

/**
 * The member's "Keep mine". The server keeps its deletions (deletes win: it never revives a record), so
 * this browser's records are kept as copies under new ids, queued for the server, which the member's
 * other browsers then pull like any new record. Each kept chore takes all its live entries along; the
 * old records become tombstones here (the server's, or this browser's, pushed too). Totals here stay
 * the same. One transaction.
 */
export function keepHeldDeletes(db: IDBDatabase, now = Date.now()): Promise<void> {
  return write(db, async (tx) => {
    const changes = await readHeld(tx);
    const settings = await settingsIn(tx);
    const live = await liveHeld(tx, changes);
    const moved = (await Promise.all(live.chores.map((c) => liveEntriesOf(tx, c.id)))).flat();
    const old = [...new Map([...moved, ...live.occurrences].map((o) => [o.id, o])).values()];
    await applyChangesIn(tx, changes, { hold: false });

    // Entries of a kept chore whose own deletion did not come: this browser deletes them (and says so).
    const store = (name: string) => tx.objectStore(name);
    const outbox = (table: OutboxRow['table'], id: string, op: OutboxRow['op']) =>
      store('outbox').add({ table, id, op, at: now } satisfies OutboxRow);
    const stillLive = [];
    for (const occ of moved) {
      const current = await request<Occurrence | undefined>(store('occurrences').get(occ.id));
      if (current && !current.deleted) stillLive.push(current);
    }
    for (const occ of stillLive) {
      store('occurrences').put({ ...occ, deleted: true, updatedAt: now } satisfies Occurrence);
      outbox('occurrences', occ.id, 'delete');
    }
    await addToRollups(tx, settings, stillLive, -1);
    for (const occ of stillLive) await refreshRecent(tx, occ.choreId, occ.id);

    const newIds = new Map(live.chores.map((c) => [c.id, newId()]));
    const chores = live.chores.map((c): Chore => ({ ...c, id: newIds.get(c.id) ?? c.id, updatedAt: now }));
    const entries = old.map(
      (o): Occurrence => ({ ...o, id: newId(), choreId: newIds.get(o.choreId) ?? o.choreId, updatedAt: now }),
    );
    for (const chore of chores) {
      store('chores').put(chore);
      outbox('chores', chore.id, 'put');
    }
    for (const occ of entries) {
      store('occurrences').put(occ);
      outbox('occurrences', occ.id, 'put');
    }
    await addToRollups(tx, settings, entries, 1);
    await addRecent(tx, entries);
    await followKeptChores(tx, newIds);
    clearHeld(tx);
    await patchStateIn(tx, { heldDeletes: undefined });
    return true;
  });
}

/** The pins and a running timer follow a kept chore to its new id. */
async function followKeptChores(tx: IDBTransaction, newIds: Map<string, string>) {
  const kv = tx.objectStore('kv');
  const [pins, timer] = await Promise.all(
    [PINS_KEY, TIMER_KEY].map((key) => request<KvRow | undefined>(kv.get(key))),
  );
  if (Array.isArray(pins?.value)) {
    const value = (pins.value as unknown[]).map((id) =>
      typeof id === 'string' ? (newIds.get(id) ?? id) : id,
    );
    kv.put({ key: PINS_KEY, value } satisfies KvRow);
  }
  const running = timer?.value as { choreId?: unknown } | undefined;
  const moved = typeof running?.choreId === 'string' ? newIds.get(running.choreId) : undefined;
  if (moved) kv.put({ key: TIMER_KEY, value: { ...running, choreId: moved } } satisfies KvRow);
}
