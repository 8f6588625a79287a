import type { Occurrence } from '../../../shared/model';
import type { Settings } from '../core/settings';
import { enqueue } from './outbox';
import { addToStats, applyToRollups, refreshStats } from './rollups';
import type { ToilDb } from './schema';

/** Stores a new live occurrence with its outbox row, rollups and recent list (inside a transaction). */
export async function insertOccurrence(db: ToilDb, settings: Settings, occ: Occurrence, now: number) {
  await Promise.all([
    db.occurrences.add(occ),
    enqueue(db, 'occurrences', occ.id, 'put', now),
    applyToRollups(settings, occ, 1),
    addToStats(occ),
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
  if (!prev.deleted) await applyToRollups(settings, prev, -1);
  if (!next.deleted) await applyToRollups(settings, next, 1);
  if (!prev.deleted) await refreshStats(prev.choreId, prev.id);
  if (!next.deleted) await addToStats(next);
}
