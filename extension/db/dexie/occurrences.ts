import {
  EpochMsSchema,
  IdSchema,
  MinutesSchema,
  NoteSchema,
  type Occurrence,
  OccurrenceSchema,
} from '../../../shared/model';
import { z } from '../../../shared/zod';
import { InputError } from '../core/errors';
import type { Settings } from '../core/settings';
import { liveChore } from './chore-write';
import { guardStorage, parseInput } from './errors';
import { enqueue } from './outbox';
import { addToStats, applyToRollups, refreshStats } from './rollups';
import type { ToilDb } from './schema';
import { getSettings } from './settings';
import { writeTransaction } from './write-transaction';

/**
 * Replaces a stored occurrence by `next`, keeping rollups and recent lists right for both versions:
 * the old one leaves the rollups if it was live, the new one enters them if it is live.
 */
async function replaceOccurrence(
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

/** Reads an occurrence and writes `change(it)` back with rollups kept right, in one transaction. */
async function changeOccurrence(
  db: ToilDb,
  id: string,
  change: (occ: Occurrence) => Promise<Occurrence | null> | Occurrence | null,
  now: number,
): Promise<Occurrence> {
  return guardStorage(() =>
    writeTransaction(db, async () => {
      const prev = typeof id === 'string' ? await db.occurrences.get(id) : undefined;
      if (!prev) throw new InputError(['That entry no longer exists.']);
      const next = await change(prev);
      if (!next) return prev;
      await replaceOccurrence(db, await getSettings(db), prev, next, now);
      return next;
    }),
  );
}

/** Deletes an entry as a tombstone (sync needs to know), so it can be restored. Deleting twice is harmless. */
export async function deleteOccurrence(db: ToilDb, id: string, now = Date.now()) {
  return changeOccurrence(
    db,
    id,
    (occ) => (occ.deleted ? null : { ...occ, deleted: true, updatedAt: now }),
    now,
  );
}

export async function restoreOccurrence(db: ToilDb, id: string, now = Date.now()) {
  return changeOccurrence(
    db,
    id,
    async (occ) => {
      if (!occ.deleted) return null;
      await liveChore(db, occ.choreId);
      return { ...occ, deleted: false, updatedAt: now };
    },
    now,
  );
}

const OccurrencePatchSchema = z
  .strictObject({ minutes: MinutesSchema, at: EpochMsSchema, note: NoteSchema, choreId: IdSchema })
  .partial();
export type OccurrencePatch = z.input<typeof OccurrencePatchSchema>;

/** Edits minutes, time, note or chore of a live entry; an empty note removes it. */
export async function updateOccurrence(db: ToilDb, id: string, patch: OccurrencePatch, now = Date.now()) {
  const { note, ...rest } = parseInput(OccurrencePatchSchema, patch);
  return changeOccurrence(
    db,
    id,
    async (occ) => {
      if (occ.deleted) throw new InputError(['That entry was deleted; restore it before editing.']);
      if (rest.choreId !== undefined) await liveChore(db, rest.choreId);
      const { note: oldNote, ...withoutNote } = occ;
      const keptNote = note === undefined ? oldNote : note || undefined;
      return parseInput(OccurrenceSchema, {
        ...withoutNote,
        ...rest,
        ...(keptNote ? { note: keptNote } : {}),
        updatedAt: now,
      });
    },
    now,
  );
}
