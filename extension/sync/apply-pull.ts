import type { PulledChange, WireChore, WireOccurrence } from '../../shared/api/sync';
import { type Chore, choreKey, type Occurrence } from '../../shared/model';
import { addToStats, applyToRollups, refreshStats } from '../db/rollups';
import type { ToilDb } from '../db/schema';
import { writeTables } from '../db/schema';
import { getSettings } from '../db/settings';
import type { Settings } from '../db/settings-schema';
import { SYNC_KEY, type SyncState } from './state';

const same = (a: object, b: object) => JSON.stringify(a) === JSON.stringify(b);

/**
 * A chore from the member's other device. Fields the server never holds (site pattern, privacy) are
 * kept from this device's copy; a tombstone here stays a tombstone (deletes win).
 */
async function applyChore(db: ToilDb, wire: WireChore, pending: Set<string>) {
  const local = await db.chores.get(wire.id);
  if (local?.deleted) return;
  if (local && pending.has(wire.id) && !wire.deleted) return;
  const next: Chore = {
    ...wire,
    key: choreKey(wire.name),
    private: local?.private ?? false,
    ...(local?.sitePattern ? { sitePattern: local.sitePattern } : {}),
  };
  if (!local || !same(local, next)) await db.chores.put(next);
}

/**
 * An occurrence from the member's other device, with the rollups and recent lists kept right. A local
 * edit not yet pushed is kept (it is pushed next and wins); a remote tombstone always applies.
 */
async function applyOccurrence(db: ToilDb, settings: Settings, wire: WireOccurrence, pending: Set<string>) {
  const local = await db.occurrences.get(wire.id);
  if (local?.deleted) return;
  if (local && pending.has(wire.id) && !wire.deleted) return;
  const next: Occurrence = { ...wire, ...(local?.note ? { note: local.note } : {}) };
  if (local && same(local, next)) return;
  await db.occurrences.put(next);
  if (local) {
    await applyToRollups(db, settings, local, -1);
    await refreshStats(db, local.choreId, local.id);
  }
  if (!next.deleted) {
    await applyToRollups(db, settings, next, 1);
    await addToStats(db, next);
  }
}

/**
 * Applies one pulled page and moves the cursor past it in the same transaction, without touching the
 * outbox: what came from the server never goes back to it, and a crash never skips or repeats a page.
 */
export async function applyPulledPage(db: ToilDb, changes: PulledChange[], cursor: string): Promise<boolean> {
  return db.transaction('rw', writeTables(db), async () => {
    const state = (await db.kv.get(SYNC_KEY))?.value as SyncState | undefined;
    if (!state) return false;
    const pending = new Set((await db.outbox.toArray()).map((r) => r.id));
    const settings = await getSettings(db);
    for (const change of changes) {
      if (change.type === 'chore') await applyChore(db, change.chore, pending);
      else await applyOccurrence(db, settings, change.occurrence, pending);
    }
    await db.kv.put({ key: SYNC_KEY, value: { ...state, cursor } });
    return true;
  });
}
