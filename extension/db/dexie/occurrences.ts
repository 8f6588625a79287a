import {
  EpochMsSchema,
  IdSchema,
  MinutesSchema,
  NoteSchema,
  type Occurrence,
  OccurrenceSchema,
  OccurrenceSourceSchema,
} from '../../../shared/model';
import { z } from '../../../shared/zod';
import { InputError } from '../core/errors';
import { newId } from '../core/ids';
import { typicalFrom } from '../core/typical';
import { liveChore } from './chore-write';
import { createChoreIn } from './chores';
import { guardStorage, parseInput } from './errors';
import { insertOccurrence, replaceOccurrence } from './occurrence-write';
import type { ToilDb } from './schema';
import { getSettings } from './settings';
import { writeTransaction } from './write-transaction';

const LogSchema = z.strictObject({
  choreId: IdSchema,
  minutes: MinutesSchema.optional(),
  at: EpochMsSchema.optional(),
  source: OccurrenceSourceSchema,
  note: NoteSchema.optional(),
});
export type LogInput = z.input<typeof LogSchema>;

/**
 * Stores an occurrence of the chore, by default now and with its typical duration, together with its
 * outbox row and rollups, in one transaction: the Dexie-side verb (the storage and sync tests build their
 * data with it). The popup's and the full page's logging write through idb/quick.ts instead.
 */
export async function logOccurrence(db: ToilDb, input: LogInput, now = Date.now()): Promise<Occurrence> {
  const valid = parseInput(LogSchema, input);
  const at = valid.at ?? now;
  return guardStorage(() =>
    writeTransaction(db, async () => {
      const [chore, stats, settings] = await Promise.all([
        liveChore(db, valid.choreId),
        db.choreStats.get(valid.choreId),
        getSettings(db),
      ]);
      const occurrence = parseInput(OccurrenceSchema, {
        id: newId(),
        choreId: chore.id,
        at,
        minutes: valid.minutes ?? typicalFrom(chore, stats),
        ...(valid.note ? { note: valid.note } : {}),
        source: valid.source,
        updatedAt: now,
        deleted: false,
      });
      await insertOccurrence(db, settings, occurrence, now);
      return occurrence;
    }),
  );
}

const NewChoreLogSchema = z.strictObject({
  name: z.string(),
  minutes: MinutesSchema,
  source: OccurrenceSourceSchema,
});

/** The one-line form: "name, minutes, Enter" creates the chore (or reuses the same-named one) and logs it. */
export async function logNewChore(db: ToilDb, input: z.input<typeof NewChoreLogSchema>, now = Date.now()) {
  const valid = parseInput(NewChoreLogSchema, input);
  return guardStorage(() =>
    writeTransaction(db, async () => {
      const { chore, existed } = await createChoreIn(
        db,
        { name: valid.name, defaultMinutes: valid.minutes },
        now,
      );
      const settings = await getSettings(db);
      const occurrence = parseInput(OccurrenceSchema, {
        id: newId(),
        choreId: chore.id,
        at: now,
        minutes: valid.minutes,
        source: valid.source,
        updatedAt: now,
        deleted: false,
      });
      await insertOccurrence(db, settings, occurrence, now);
      return { chore, occurrence, existed };
    }),
  );
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
