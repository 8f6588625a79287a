import { Dexie } from 'dexie';
import { InputError } from '../core/errors';
import { liveChore, storeChore } from './chore-write';
import { guardStorage } from './errors';
import { enqueue } from './outbox';
import { refreshStats } from './rollups';
import type { ToilDb } from './schema';
import { writeTransaction } from './write-transaction';

/**
 * Merges chore `fromId` into `intoId`: every occurrence of `from` moves (so history and totals add
 * up), its weekly rollups are added to `into`'s, and `from` becomes a tombstone. One transaction.
 */
export async function mergeChoresInto(db: ToilDb, fromId: string, intoId: string, now = Date.now()) {
  if (fromId === intoId) throw new InputError(['Pick two different chores to merge.']);
  return guardStorage(() =>
    writeTransaction(db, async () => {
      const [from, into] = await Promise.all([liveChore(db, fromId), liveChore(db, intoId)]);
      const range = (id: string) => [
        [id, Dexie.minKey],
        [id, Dexie.maxKey],
      ];
      const [fromOcc, fromWeeks] = await Promise.all([
        db.occurrences.where('[choreId+at]').between(range(from.id)[0], range(from.id)[1]).toArray(),
        db.weekly.where('[choreId+weekStart]').between(range(from.id)[0], range(from.id)[1]).toArray(),
      ]);
      const intoWeeks = await db.weekly.bulkGet(
        fromWeeks.map((w): [string, number] => [into.id, w.weekStart]),
      );
      const mergedWeeks = fromWeeks.map((w, i) => {
        const existing = intoWeeks[i];
        return {
          choreId: into.id,
          weekStart: w.weekStart,
          occurrences: w.occurrences + (existing?.occurrences ?? 0),
          minutes: Math.round((w.minutes + (existing?.minutes ?? 0)) * 1e6) / 1e6,
        };
      });
      await Promise.all([
        db.occurrences.bulkPut(fromOcc.map((o) => ({ ...o, choreId: into.id, updatedAt: now }))),
        db.outbox.bulkAdd(
          fromOcc.map((o) => ({ table: 'occurrences' as const, id: o.id, op: 'put' as const, at: now })),
        ),
        db.weekly.bulkDelete(fromWeeks.map((w): [string, number] => [from.id, w.weekStart])),
        db.weekly.bulkPut(mergedWeeks),
        db.choreStats.delete(from.id),
        storeChore(db, { ...from, deleted: true, updatedAt: now }, now),
        enqueue(db, 'chores', into.id, 'put', now),
      ]);
      await refreshStats(into.id);
      return { into, moved: fromOcc.length };
    }),
  );
}
