import type { Discovery } from '../../../shared/discovery';
import { DiscoveryWeeksSchema } from '../../../shared/discovery';
import { type Chore, ChoreNameSchema, choreKey, NO_TRAITS } from '../../../shared/model';
import { InputError } from '../core/errors';
import { newId } from '../core/ids';
import { keyHolder, storeChore } from './chore-write';
import { type CandidateRow, DISCOVERY_KEY, type DiscoveryMeta } from './discovery-rows';
import { guardStorage, parseInput } from './errors';
import type { ToilDb } from './schema';

/**
 * Toil discovery's storage: the last run's candidates, the dismissed templates and the setting. None of
 * it is synced or exported; accepting a candidate makes an ordinary chore (estimates.ts adds its past
 * occurrences). "Stop and forget" deletes it all (forgetDiscovery).
 */

const DEFAULT_WEEKS = 4;

export type DiscoveryState = {
  meta: DiscoveryMeta;
  candidates: CandidateRow[];
  dismissed: Set<string>;
};

export async function getDiscovery(db: ToilDb): Promise<DiscoveryState> {
  return db.transaction('r', [db.kv, db.candidates, db.dismissed], async () => {
    const stored = (await db.kv.get(DISCOVERY_KEY))?.value as DiscoveryMeta | undefined;
    const candidates = await db.candidates.toArray();
    const dismissed = new Set((await db.dismissed.toArray()).map((d) => d.templateId));
    return { meta: stored ?? { weeks: DEFAULT_WEEKS }, candidates, dismissed };
  });
}

async function putMeta(db: ToilDb, change: (meta: DiscoveryMeta) => DiscoveryMeta) {
  const stored = (await db.kv.get(DISCOVERY_KEY))?.value as DiscoveryMeta | undefined;
  await db.kv.put({ key: DISCOVERY_KEY, value: change(stored ?? { weeks: DEFAULT_WEEKS }) });
}

/** The weeks of history to read, 1 to 12. */
export async function saveDiscoveryWeeks(db: ToilDb, weeks: unknown): Promise<number> {
  const valid = parseInput(DiscoveryWeeksSchema, weeks);
  await guardStorage(() => db.transaction('rw', [db.kv], () => putMeta(db, (m) => ({ ...m, weeks: valid }))));
  return valid;
}

/**
 * Replaces the candidates by a new run's. A candidate accepted before keeps its chore, so it is not
 * offered twice; candidates of earlier runs that this run did not find go.
 */
export async function storeDiscovery(db: ToilDb, found: Discovery, now = Date.now()) {
  return guardStorage(() =>
    db.transaction('rw', [db.kv, db.candidates], async () => {
      const accepted = new Map(
        (await db.candidates.toArray()).flatMap((c) => (c.choreId ? [[c.id, c.choreId] as const] : [])),
      );
      await db.candidates.clear();
      await db.candidates.bulkPut(
        found.candidates.map((c): CandidateRow => {
          const choreId = accepted.get(c.id);
          return choreId ? { ...c, choreId } : c;
        }),
      );
      await putMeta(db, (m) => ({ ...m, lastRun: { at: now, window: found.window, stats: found.stats } }));
    }),
  );
}

async function candidateRow(db: ToilDb, id: string): Promise<CandidateRow> {
  const row = await db.candidates.get(id);
  if (!row) throw new InputError(['That candidate is gone: run discovery again.']);
  return row;
}

/** Dismisses a candidate for good: its templates are remembered by id and never offered again. */
export async function dismissCandidate(db: ToilDb, id: string, now = Date.now()) {
  return guardStorage(() =>
    db.transaction('rw', [db.candidates, db.dismissed], async () => {
      const row = await candidateRow(db, id);
      await db.dismissed.bulkPut(row.templateIds.map((templateId) => ({ templateId, at: now })));
    }),
  );
}

/**
 * Accepts a candidate as a chore named `name` (the template unless renamed), with the candidate's site
 * pattern and typical minutes. A name another chore holds is refused: merge or rename instead.
 */
export async function acceptCandidate(
  db: ToilDb,
  id: string,
  input: { name?: string } = {},
  now = Date.now(),
): Promise<Chore> {
  return guardStorage(() =>
    db.transaction('rw', [db.chores, db.outbox, db.candidates], async () => {
      const row = await candidateRow(db, id);
      if (row.choreId) throw new InputError(['That candidate is already a chore.']);
      const name = parseInput(ChoreNameSchema, input.name?.trim() || row.name);
      if (await keyHolder(db, choreKey(name))) {
        throw new InputError([`A chore named "${name}" already exists; pick another name.`]);
      }
      const chore = await storeChore(
        db,
        {
          id: newId(),
          name,
          key: '',
          ...(row.sitePattern ? { sitePattern: row.sitePattern } : {}),
          traits: NO_TRAITS,
          annoyance: row.ranking.annoyance,
          defaultMinutes: row.typicalMinutes,
          status: 'manual',
          private: false,
          archived: false,
          createdAt: now,
          updatedAt: now,
          deleted: false,
        },
        now,
      );
      await db.candidates.put({ ...row, choreId: chore.id });
      return chore;
    }),
  );
}

/**
 * "Stop and forget": every candidate, dismissed template and the setting go. Chores accepted from
 * discovery stay (they are the user's chores now), with their estimated occurrences.
 */
export async function forgetDiscovery(db: ToilDb) {
  return guardStorage(() =>
    db.transaction('rw', [db.kv, db.candidates, db.dismissed], async () => {
      await Promise.all([db.candidates.clear(), db.dismissed.clear(), db.kv.delete(DISCOVERY_KEY)]);
    }),
  );
}
