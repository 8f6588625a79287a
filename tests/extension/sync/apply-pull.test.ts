import { liveQuery } from 'dexie';
import { describe, expect, it } from 'vitest';
import { SYNC_KEY } from '../../../extension/db/core/rows';
import { deleteOccurrence, updateChore, updateOccurrence } from '../../../extension/db/dexie';
import { setChoreRepository } from '../../../extension/db/dexie/repository';
import type { ToilDb } from '../../../extension/db/dexie/schema';
import { applyPulledPage } from '../../../extension/sync/apply-pull';
import { settleHeldDeletes } from '../../../extension/sync/held-deletes';
import { readSyncState } from '../../../extension/sync/state';
import { wireChore, wireOccurrence } from '../../../extension/sync/wire';
import type { PulledChange } from '../../../shared/api/sync';
import type { Chore, Occurrence } from '../../../shared/model';
import { dump, expectRollupsMatchHistory, freshDb, HOUR, rawOf, WED } from '../fixtures/db';
import { createAndLogChore } from '../fixtures/dexie-verbs';
import { joinedState } from '../fixtures/sync';

async function joined(): Promise<ToilDb> {
  const db = await freshDb();
  await db.kv.put({ key: SYNC_KEY, value: joinedState('https://toil.test') });
  return db;
}

let version = 0;
const pulled = (record: Chore | Occurrence): PulledChange => {
  version += 1;
  const change = 'choreId' in record ? wireOccurrence(record) : wireChore(record);
  return { ...change, version } as PulledChange;
};

/**
 * The page applied on the Dexie database's own connection, as the pages' engine does, as a whole pull
 * run: its deletions of records live here are decided at the run's end (a few apply at once).
 */
async function apply(db: ToilDb, changes: PulledChange[], cursor = `${version}.x.y`) {
  const raw = await rawOf(db);
  const joined = await applyPulledPage(raw, changes, cursor);
  await settleHeldDeletes(raw);
  return joined;
}

describe('applying a pulled page (one raw function for the background and the pages)', () => {
  it('keeps a local edit not yet pushed, which is pushed next and wins', async () => {
    const db = await joined();
    const { occurrence } = await createAndLogChore(
      db,
      { name: 'Restart CI', minutes: 5, source: 'form' },
      WED,
    );
    await db.outbox.clear();
    await updateOccurrence(db, occurrence.id, { minutes: 9 }, WED + HOUR);
    const mine = await db.occurrences.get(occurrence.id);

    expect(await apply(db, [pulled({ ...occurrence, minutes: 30, updatedAt: WED + 2 * HOUR })])).toBe(true);
    expect(await db.occurrences.get(occurrence.id)).toEqual(mine);
    await expectRollupsMatchHistory(db);
  });

  it('lets deletes win both ways, and keeps the rollups right', async () => {
    const db = await joined();
    const { occurrence: gone, chore } = await createAndLogChore(
      db,
      { name: 'Renew', minutes: 5, source: 'form' },
      WED,
    );
    const { occurrence: kept } = await createAndLogChore(
      db,
      { name: 'Renew', minutes: 7, source: 'form' },
      WED + HOUR,
    );
    await deleteOccurrence(db, gone.id, WED + 2 * HOUR);
    await db.outbox.clear();

    await apply(db, [
      pulled({ ...gone, minutes: 40, updatedAt: WED + 3 * HOUR }),
      pulled({ ...kept, deleted: true, updatedAt: WED + 3 * HOUR }),
    ]);
    expect(await db.occurrences.get(gone.id)).toMatchObject({ deleted: true, minutes: 5 });
    expect(await db.occurrences.get(kept.id)).toMatchObject({ deleted: true });
    expect(await db.weekly.where('choreId').equals(chore.id).count()).toBe(0);
    await expectRollupsMatchHistory(db);
  });

  it('keeps what never leaves the device: privacy, site pattern, repository and note', async () => {
    const db = await joined();
    const { chore, occurrence } = await createAndLogChore(
      db,
      { name: 'Deploy', minutes: 5, source: 'form' },
      WED,
    );
    await updateChore(db, chore.id, { sitePattern: 'ci.example.com' }, WED);
    await setChoreRepository(db, chore.id, 'https://github.com/acme/infra', WED);
    await updateOccurrence(db, occurrence.id, { note: 'runner 7' }, WED);
    await db.outbox.clear();
    const local = (await db.chores.get(chore.id)) as Chore;

    await apply(db, [
      pulled({ ...local, name: 'Deploy to prod', updatedAt: WED + HOUR }),
      pulled({ ...occurrence, minutes: 8, updatedAt: WED + HOUR }),
    ]);
    expect(await db.chores.get(chore.id)).toMatchObject({
      name: 'Deploy to prod',
      key: 'deploy to prod',
      sitePattern: 'ci.example.com',
      repository: 'https://github.com/acme/infra',
      private: false,
    });
    expect(await db.occurrences.get(occurrence.id)).toMatchObject({ minutes: 8, note: 'runner 7' });
    await expectRollupsMatchHistory(db);
  });

  it('writes nothing once the device has left the team', async () => {
    const db = await freshDb();
    const { occurrence } = await createAndLogChore(
      db,
      { name: 'Restart CI', minutes: 5, source: 'form' },
      WED,
    );
    const before = await dump(db);
    expect(await apply(db, [pulled({ ...occurrence, minutes: 50, updatedAt: WED + HOUR })])).toBe(false);
    expect(await dump(db)).toEqual(before);
    expect(await readSyncState(db)).toBeUndefined();
  });

  it('refreshes the open views’ live queries (the pages read through Dexie’s cache)', async () => {
    const db = await joined();
    const seen: number[] = [];
    const subscription = liveQuery(() => db.occurrences.toArray()).subscribe((rows) =>
      seen.push(rows.length),
    );
    try {
      await expect.poll(() => seen).toEqual([0]);
      const entry: Occurrence = {
        id: 'occ-other-1',
        choreId: 'chore-other-1',
        at: WED,
        minutes: 4,
        source: 'click',
        updatedAt: WED,
        deleted: false,
      };
      await apply(db, [pulled(entry)]);
      await expect.poll(() => seen.at(-1)).toBe(1);
    } finally {
      subscription.unsubscribe();
    }
  });
});
