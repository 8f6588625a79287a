import type { PulledChange, WireChore, WireOccurrence } from '../../shared/api/sync';
import { type Chore, choreKey, type Occurrence } from '../../shared/model';
import { addToStats, applyToRollups, refreshStats } from '../db/rollups';
import type { ToilDb } from '../db/schema';
import { getSettings } from '../db/settings';
import type { Settings } from '../db/settings-schema';
import { writeTransaction } from '../db/write-transaction';
import { SYNC_KEY, type SyncState } from './state';

/** The same record, whatever order its fields were written in (the server's and Dexie's differ). */
const canonical = (value: object) =>
  JSON.stringify(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)));

/**
 * A chore from the member's other device. Fields the server never holds (site pattern, privacy) are
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
  };
  return local && canonical(local) === canonical(next) ? undefined : next;
}

/**
 * An occurrence from the member's other device, with the rollups and recent lists kept right. A local
 * edit not yet pushed is kept (it is pushed next and wins); a remote tombstone always applies.
 */
function occurrenceToWrite(wire: WireOccurrence, local: Occurrence | undefined, pending: Set<string>) {
  if (local?.deleted && !wire.deleted) return undefined;
  if (local && pending.has(wire.id) && !wire.deleted) return undefined;
  const next: Occurrence = { ...wire, ...(local?.note ? { note: local.note } : {}) };
  return local && canonical(local) === canonical(next) ? undefined : next;
}

async function writeOccurrence(
  db: ToilDb,
  settings: Settings,
  next: Occurrence,
  local: Occurrence | undefined,
) {
  await db.occurrences.put(next);
  if (local && !local.deleted) {
    await applyToRollups(settings, local, -1);
    await refreshStats(local.choreId, local.id);
  }
  if (!next.deleted) {
    await applyToRollups(settings, next, 1);
    await addToStats(next);
  }
}

/**
 * Applies one pulled page and moves the cursor past it in the same transaction, without touching the
 * outbox: what came from the server never goes back to it, and a crash never skips or repeats a page.
 */
export async function applyPulledPage(db: ToilDb, changes: PulledChange[], cursor: string): Promise<boolean> {
  return writeTransaction(db, async () => {
    const state = (await db.kv.get(SYNC_KEY))?.value as SyncState | undefined;
    if (!state) return false;
    const choreIds = changes.flatMap((c) => (c.type === 'chore' ? [c.chore.id] : []));
    const occIds = changes.flatMap((c) => (c.type === 'occurrence' ? [c.occurrence.id] : []));
    const settings = await getSettings(db);
    const [outbox, chores, occurrences] = await Promise.all([
      db.outbox.toArray(),
      db.chores.bulkGet(choreIds),
      db.occurrences.bulkGet(occIds),
    ]);
    const pending = new Set(outbox.map((r) => r.id));
    const localChores = new Map(choreIds.map((id, i) => [id, chores[i]]));
    const localOccurrences = new Map(occIds.map((id, i) => [id, occurrences[i]]));
    // Decided without awaiting anything; only real changes are written (what this device pushed itself
    // comes back unchanged and costs no write).
    for (const change of changes) {
      if (change.type === 'chore') {
        const next = choreToWrite(change.chore, localChores.get(change.chore.id), pending);
        if (next) await db.chores.put(next);
      } else {
        const local = localOccurrences.get(change.occurrence.id);
        const next = occurrenceToWrite(change.occurrence, local, pending);
        if (next) await writeOccurrence(db, settings, next, local);
      }
    }
    await db.kv.put({ key: SYNC_KEY, value: { ...state, cursor } });
    return true;
  });
}
