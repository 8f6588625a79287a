import { expect, it } from 'vitest';
import { mergeChoresInto } from '../../../../extension/db/dexie/merge';
import { deleteOccurrence, restoreOccurrence } from '../../../../extension/db/dexie/occurrences';
import { DAY, dump, expectRollupsMatchHistory, freshDb, HOUR, WED } from '../../fixtures/db';
import { createChore, logOccurrence } from '../../fixtures/dexie-verbs';

it('moves every occurrence and weekly total into the surviving chore and tombstones the other', async () => {
  const db = await freshDb();
  const { chore: from } = await createChore(db, { name: 'Restart job', defaultMinutes: 5 }, WED);
  const { chore: into } = await createChore(db, { name: 'Restart CI job', defaultMinutes: 5 }, WED);
  await logOccurrence(db, { choreId: from.id, minutes: 3, source: 'click' }, WED);
  await logOccurrence(db, { choreId: from.id, minutes: 4, source: 'click' }, WED - 8 * DAY);
  const tomb = await logOccurrence(db, { choreId: from.id, minutes: 9, source: 'click' }, WED - HOUR);
  await deleteOccurrence(db, tomb.id, WED);
  await logOccurrence(db, { choreId: into.id, minutes: 6, source: 'click' }, WED + HOUR);

  const { moved } = await mergeChoresInto(db, from.id, into.id, WED + DAY);
  expect(moved).toBe(3);
  expect(await db.chores.get(from.id)).toMatchObject({ deleted: true, updatedAt: WED + DAY });
  expect((await db.occurrences.toArray()).every((o) => o.choreId === into.id)).toBe(true);
  expect((await db.weekly.toArray()).every((w) => w.choreId === into.id)).toBe(true);
  expect(await db.choreStats.get(from.id)).toBeUndefined();
  const outbox = await db.outbox.where('seq').above(0).toArray();
  expect(
    outbox
      .filter((r) => r.at === WED + DAY)
      .map((r) => `${r.table}:${r.op}`)
      .sort(),
  ).toEqual(['chores:delete', 'chores:put', 'occurrences:put', 'occurrences:put', 'occurrences:put']);
  await expectRollupsMatchHistory(db);

  // A tombstoned entry of the merged chore can still be restored, into the surviving chore.
  await restoreOccurrence(db, tomb.id, WED + 2 * DAY);
  await expectRollupsMatchHistory(db);
});

it('refuses to merge a chore into itself or into a missing chore, changing nothing', async () => {
  const db = await freshDb();
  const { chore } = await createChore(db, { name: 'Only one', defaultMinutes: 5 }, WED);
  const before = await dump(db);
  await expect(mergeChoresInto(db, chore.id, chore.id)).rejects.toThrow('two different chores');
  await expect(mergeChoresInto(db, chore.id, 'missing-chore')).rejects.toThrow('no longer exists');
  expect(await dump(db)).toEqual(before);
});
