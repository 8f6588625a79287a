/**
 * Verbs the tests build their data with, through Dexie (the product logs through raw IndexedDB,
 * extension/db/idb/quick.ts, and edits through extension/db/dexie). Each writes what the product's own
 * writes would, in one transaction: the record, its outbox row, and the rollups and recent list.
 */
import { newId } from '../../extension/db/core/ids';
import type { Settings } from '../../extension/db/core/settings';
import { typicalFrom } from '../../extension/db/core/typical';
import { keyHolder, liveChore, storeChore } from '../../extension/db/dexie/chore-write';
import { changeChore } from '../../extension/db/dexie/chores';
import { guardStorage, parseInput } from '../../extension/db/dexie/errors';
import { enqueue } from '../../extension/db/dexie/outbox';
import { addToStats, applyToRollups } from '../../extension/db/dexie/rollups';
import type { ToilDb } from '../../extension/db/dexie/schema';
import { getSettings } from '../../extension/db/dexie/settings';
import { writeTransaction } from '../../extension/db/dexie/write-transaction';
import {
  ChoreNameSchema,
  type ChoreStatus,
  ChoreStatusSchema,
  choreKey,
  EpochMsSchema,
  IdSchema,
  MinutesSchema,
  NO_TRAITS,
  NoteSchema,
  type Occurrence,
  OccurrenceSchema,
  OccurrenceSourceSchema,
  SitePatternSchema,
} from '../../shared/model';
import { z } from '../../shared/zod';

const NewChoreSchema = z.strictObject({
  name: ChoreNameSchema,
  defaultMinutes: MinutesSchema,
  sitePattern: SitePatternSchema.optional(),
});
export type NewChore = z.input<typeof NewChoreSchema>;

/** Creates a chore inside the caller's transaction, or returns the live one with the same key. */
async function createChoreIn(db: ToilDb, input: NewChore, now: number) {
  const valid = parseInput(NewChoreSchema, input);
  const existing = await keyHolder(db, choreKey(valid.name));
  if (existing) return { chore: existing, existed: true };
  const chore = await storeChore(
    db,
    {
      id: newId(),
      name: valid.name,
      key: '',
      ...(valid.sitePattern ? { sitePattern: valid.sitePattern } : {}),
      traits: NO_TRAITS,
      annoyance: 3,
      defaultMinutes: valid.defaultMinutes,
      status: 'manual',
      private: false,
      archived: false,
      createdAt: now,
      updatedAt: now,
      deleted: false,
    },
    now,
  );
  return { chore, existed: false };
}

/** Creates a chore; "Restart CI" and "restart  ci" are one chore, so an existing one is returned. */
export async function createChore(db: ToilDb, input: NewChore, now = Date.now()) {
  return guardStorage(() =>
    db.transaction('rw', [db.chores, db.outbox], () => createChoreIn(db, input, now)),
  );
}

export async function setStatus(db: ToilDb, id: string, status: ChoreStatus, now = Date.now()) {
  const valid = parseInput(ChoreStatusSchema, status);
  // Marking automated without a date means "as of now"; markAutomated records the real date and hours.
  return changeChore(
    db,
    id,
    (chore) => ({
      ...chore,
      status: valid,
      ...(valid === 'automated' ? { automatedAt: chore.automatedAt ?? now } : {}),
    }),
    now,
  );
}

/** Stores a new live occurrence with its outbox row, rollups and recent list (inside a transaction). */
async function insertOccurrence(db: ToilDb, settings: Settings, occ: Occurrence, now: number) {
  await Promise.all([
    db.occurrences.add(occ),
    enqueue(db, 'occurrences', occ.id, 'put', now),
    applyToRollups(settings, occ, 1),
    addToStats(occ),
  ]);
}

const LogSchema = z.strictObject({
  choreId: IdSchema,
  minutes: MinutesSchema.optional(),
  at: EpochMsSchema.optional(),
  source: OccurrenceSourceSchema,
  note: NoteSchema.optional(),
});
export type LogInput = z.input<typeof LogSchema>;

/** Stores an occurrence of the chore, by default now and with its typical duration. */
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

/**
 * Creates the chore (or reuses the live one with the same name) and logs it, as the product's
 * logNewChore (idb/quick.ts) does from the new-chore line.
 */
export async function createAndLogChore(
  db: ToilDb,
  input: z.input<typeof NewChoreLogSchema>,
  now = Date.now(),
) {
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

/** The chore's typical duration as its button shows it, or undefined without the chore. */
export async function typicalMinutes(db: ToilDb, choreId: string): Promise<number | undefined> {
  const [chore, stats] = await Promise.all([db.chores.get(choreId), db.choreStats.get(choreId)]);
  return chore ? typicalFrom(chore, stats) : undefined;
}
