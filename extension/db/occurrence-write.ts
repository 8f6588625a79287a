import type { Occurrence } from '../../shared/model';
import { enqueue } from './outbox';
import {
  addToStats,
  applyToRollups,
  type RollupKeys,
  type RollupRows,
  readRollups,
  refreshStats,
  rollupKeys,
  writeRollups,
} from './rollups';
import type { ChoreStatsRow, ToilDb } from './schema';
import type { Settings } from './settings-schema';

/** Rows a caller already read for this occurrence (the one-click path reads everything in one go). */
export type Prefetched = { keys: RollupKeys; rows: RollupRows; stats: ChoreStatsRow | undefined };

/** Stores a new live occurrence with its outbox row, rollups and recent list (inside a transaction). */
export async function insertOccurrence(
  db: ToilDb,
  settings: Settings,
  occ: Occurrence,
  now: number,
  prefetched?: Prefetched,
) {
  const keys = prefetched?.keys ?? rollupKeys(settings, occ);
  const rows = prefetched?.rows ?? (await readRollups(db, keys));
  await Promise.all([
    db.occurrences.add(occ),
    enqueue(db, 'occurrences', occ.id, 'put', now),
    writeRollups(db, keys, rows, occ, 1),
    addToStats(db, occ, prefetched),
  ]);
}

/**
 * Replaces a stored occurrence by `next`, keeping rollups and recent lists right for both versions:
 * the old one leaves the rollups if it was live, the new one enters them if it is live.
 */
export async function replaceOccurrence(
  db: ToilDb,
  settings: Settings,
  prev: Occurrence,
  next: Occurrence,
  now: number,
) {
  await db.occurrences.put(next);
  await enqueue(db, 'occurrences', next.id, next.deleted ? 'delete' : 'put', now);
  if (!prev.deleted) await applyToRollups(db, settings, prev, -1);
  if (!next.deleted) await applyToRollups(db, settings, next, 1);
  if (!prev.deleted) await refreshStats(db, prev.choreId, prev.id);
  if (!next.deleted) await addToStats(db, next);
}
