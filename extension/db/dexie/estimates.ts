import type { Occurrence } from '../../../shared/model';
import { InputError } from '../core/errors';
import { newId } from '../core/ids';
import { choreOccurrencesSince } from './chore-reads';
import { liveChore, storeChore } from './chore-write';
import { guardStorage } from './errors';
import { enqueue } from './outbox';
import { addToStats, applyToRollups, refreshStats } from './rollups';
import type { ToilDb } from './schema';
import { getSettings } from './settings';
import { writeTransaction } from './write-transaction';

/**
 * A discovered chore's past occurrences, estimated from browser history (source 'discovered'). They are
 * ordinary entries once added: in the rollups, the ranking, the exports, and synced like any other, so
 * a team sees the same figures the user does; the entry says it was estimated. One click takes them out.
 */

/** Live estimated occurrences of a chore. */
export async function estimatesOf(db: ToilDb, choreId: string): Promise<Occurrence[]> {
  const rows = await choreOccurrencesSince(db, choreId, 0);
  return rows.filter((o) => o.source === 'discovered');
}

/**
 * Adds the occurrences the accepted candidate was found with, marked as estimated, and dates the chore
 * back to the first of them (so the ranking averages over the weeks they cover). Adding twice adds nothing.
 */
export async function addEstimates(db: ToilDb, candidateId: string, now = Date.now()): Promise<number> {
  // Read first: the candidates are not among the tables a write to occurrences holds.
  const row = await db.candidates.get(candidateId);
  const choreId = row?.choreId;
  if (!row || !choreId) throw new InputError(['Accept the candidate first.']);
  return guardStorage(() =>
    writeTransaction(db, async () => {
      const chore = await liveChore(db, choreId);
      if ((await estimatesOf(db, chore.id)).length > 0) return 0;
      const settings = await getSettings(db);
      const occurrences: Occurrence[] = row.estimates.map((e) => ({
        id: newId(),
        choreId: chore.id,
        at: e.at,
        minutes: e.minutes,
        source: 'discovered',
        updatedAt: now,
        deleted: false,
      }));
      await db.occurrences.bulkAdd(occurrences);
      for (const occ of occurrences) {
        await enqueue(db, 'occurrences', occ.id, 'put', now);
        await applyToRollups(settings, occ, 1);
        await addToStats(occ);
      }
      const first = occurrences[0]?.at ?? chore.createdAt;
      if (first < chore.createdAt) await storeChore(db, { ...chore, createdAt: first, updatedAt: now }, now);
      return occurrences.length;
    }),
  );
}

/**
 * Deletes a chore's estimated occurrences (tombstones, so sync deletes them on the server too) and moves
 * its start forward again to its first remaining entry, or to now when it has none.
 */
export async function removeEstimates(db: ToilDb, choreId: string, now = Date.now()): Promise<number> {
  return guardStorage(() =>
    writeTransaction(db, async () => {
      const chore = await liveChore(db, choreId);
      const settings = await getSettings(db);
      const estimates = await estimatesOf(db, chore.id);
      for (const occ of estimates) {
        await db.occurrences.put({ ...occ, deleted: true, updatedAt: now });
        await enqueue(db, 'occurrences', occ.id, 'delete', now);
        await applyToRollups(settings, occ, -1);
      }
      if (estimates.length === 0) return 0;
      await refreshStats(chore.id);
      const [firstLeft] = await choreOccurrencesSince(db, chore.id, 0);
      const start = Math.min(firstLeft?.at ?? now, now);
      if (start > chore.createdAt) await storeChore(db, { ...chore, createdAt: start, updatedAt: now }, now);
      return estimates.length;
    }),
  );
}
