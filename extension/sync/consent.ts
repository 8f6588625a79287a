import type { ToilDb } from '../db/dexie/schema';
import { writeTransaction } from '../db/dexie/write-transaction';
import { setChoreShared } from './sharing';
import { readSyncState, withPatch, writeSyncState } from './state';

/** One chore as the share preview lists it: its name and totals, never its notes or site. */
export type ShareRow = { id: string; name: string; times: number; minutes: number; archived: boolean };

/**
 * What the first push after joining would share: every live chore that is not private, with the number
 * and minutes of its live entries, the most logged first.
 */
export async function sharePreview(db: ToilDb): Promise<ShareRow[]> {
  const [chores, occurrences] = await Promise.all([db.chores.toArray(), db.occurrences.toArray()]);
  const totals = new Map<string, { times: number; minutes: number }>();
  for (const o of occurrences) {
    if (o.deleted) continue;
    const t = totals.get(o.choreId) ?? { times: 0, minutes: 0 };
    totals.set(o.choreId, { times: t.times + 1, minutes: t.minutes + o.minutes });
  }
  return chores
    .filter((c) => !c.deleted && !c.private)
    .map((c) => ({
      id: c.id,
      name: c.name,
      archived: c.archived,
      ...(totals.get(c.id) ?? { times: 0, minutes: 0 }),
    }))
    .sort((a, b) => b.times - a.times || b.minutes - a.minutes || a.name.localeCompare(b.name));
}

/**
 * The member's choice after joining: the chores switched off become private (they and their entries
 * never leave the device), and sync may push from now on. One transaction: no push can start between.
 */
export async function startSharing(db: ToilDb, keepPrivate: string[], now = Date.now()): Promise<void> {
  await writeTransaction(db, async () => {
    for (const id of keepPrivate) await setChoreShared(db, id, false, now);
    const state = await readSyncState(db);
    if (state) await writeSyncState(db, withPatch(state, { choosing: undefined }));
  });
}
