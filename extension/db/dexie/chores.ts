import {
  AnnoyanceSchema,
  type Chore,
  ChoreNameSchema,
  choreKey,
  HoursSchema,
  MinutesSchema,
  SitePatternSchema,
  TraitsSchema,
} from '../../../shared/model';
import { z } from '../../../shared/zod';
import { InputError } from '../core/errors';
import { SYNC_KEY } from '../core/rows';
import { keyHolder, liveChore, storeChore } from './chore-write';
import { guardStorage, parseInput } from './errors';
import { enqueue } from './outbox';
import type { ToilDb } from './schema';

const ChorePatchSchema = z
  .strictObject({
    name: ChoreNameSchema,
    traits: TraitsSchema,
    annoyance: AnnoyanceSchema,
    /** An empty text (or null) removes the pattern. */
    sitePattern: z.union([z.literal(''), z.null(), SitePatternSchema]),
    defaultMinutes: MinutesSchema,
    private: z.boolean({ error: 'private must be yes or no' }),
    automationEstimateHours: HoursSchema,
    upkeepHoursPerYear: HoursSchema,
  })
  .partial();
export type ChorePatch = z.input<typeof ChorePatchSchema>;

/** Replaces one chore by `change(chore)` in its own transaction, validating the result as a whole. */
export async function changeChore(
  db: ToilDb,
  id: string,
  change: (chore: Chore) => Promise<object> | object,
  now: number,
) {
  return guardStorage(() =>
    db.transaction('rw', [db.chores, db.outbox, db.kv], async () => {
      const chore = await liveChore(db, id);
      const next = await change(chore);
      return storeChore(db, { ...next, updatedAt: now }, now);
    }),
  );
}

/** Said when a chore the team server keeps as private is to be shared again. */
export const PRIVATE_ON_SERVER =
  'This chore stays private: the team server deleted it and refuses it from now on. To share this kind of work again, create a new chore.';

/** The team server keeps a tombstone of this chore and refuses it (sync/state.ts, privateOnServer). */
async function privateOnServer(db: ToilDb, id: string): Promise<boolean> {
  const state = (await db.kv.get(SYNC_KEY))?.value as { privateOnServer?: string[] } | undefined;
  return state?.privateOnServer?.includes(id) ?? false;
}

/**
 * Renames (the key follows the name) or edits traits, annoyance, site pattern, default minutes, privacy.
 * Making a chore private queues a "private" change in the same transaction, so that the team server
 * forgets what it holds of it; a chore the server keeps as private cannot be shared again.
 */
export async function updateChore(db: ToilDb, id: string, patch: ChorePatch, now = Date.now()) {
  const { sitePattern, ...rest } = parseInput(ChorePatchSchema, patch);
  return changeChore(
    db,
    id,
    async (chore) => {
      if (rest.name !== undefined && (await keyHolder(db, choreKey(rest.name), chore.id))) {
        throw new InputError([`A chore named "${rest.name}" already exists; merge the two instead.`]);
      }
      if (rest.private === false && chore.private && (await privateOnServer(db, chore.id))) {
        throw new InputError([PRIVATE_ON_SERVER]);
      }
      if (rest.private === true && !chore.private) await enqueue(db, 'chores', chore.id, 'private', now);
      if (sitePattern === undefined) return { ...chore, ...rest };
      const { sitePattern: _dropped, ...withoutPattern } = chore;
      return sitePattern ? { ...chore, ...rest, sitePattern } : { ...withoutPattern, ...rest };
    },
    now,
  );
}

export async function archiveChore(db: ToilDb, id: string, archived: boolean, now = Date.now()) {
  return changeChore(db, id, (chore) => ({ ...chore, archived: parseInput(z.boolean(), archived) }), now);
}

const AutomatedSchema = z.strictObject({ at: z.number(), hours: HoursSchema });

/** The automation went live at `at` and took `hours` to build: savings are measured from then on. */
export async function markAutomated(
  db: ToilDb,
  id: string,
  input: { at: number; hours: number },
  now = Date.now(),
) {
  const { at, hours } = parseInput(AutomatedSchema, input);
  return changeChore(
    db,
    id,
    (chore) => ({ ...chore, status: 'automated', automatedAt: at, automationHours: hours }),
    now,
  );
}
