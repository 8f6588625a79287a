import { describe, expect, it } from 'vitest';
import { markAutomated, updateChore } from '../../../../extension/db/dexie/chores';
import { savePick as savePickDexie } from '../../../../extension/db/dexie/pick';
import { popupSnapshot } from '../../../../extension/db/dexie/snapshot';
import { savePick } from '../../../../extension/db/idb/pick';
import { readSnapshot } from '../../../../extension/db/idb/snapshot';
import { measureSavings } from '../../../../shared/savings';
import { DAY, freshDb, HOUR, rawOf, WED } from '../../fixtures/db';
import { createChore, logOccurrence } from '../../fixtures/dexie-verbs';

const WEEK = 7 * DAY;
const AUTOMATABLE = {
  manual: true,
  repetitive: true,
  automatable: true,
  tactical: false,
  noEnduringValue: false,
  scalesLinearly: false,
};

/** Two automatable chores logged in the last two weeks: `a` entries of A against `b` of B a week. */
async function twoChores(a: number, b: number) {
  const db = await freshDb();
  const made = [];
  for (const [name, count] of [
    ['A chore', a],
    ['B chore', b],
  ] as const) {
    const { chore } = await createChore(db, { name, defaultMinutes: 10 }, WED - 60 * DAY);
    await updateChore(db, chore.id, { traits: AUTOMATABLE }, WED - 60 * DAY);
    for (let w = 1; w <= 2; w++)
      for (let i = 0; i < count; i++)
        await logOccurrence(db, { choreId: chore.id, source: 'click' }, WED - w * WEEK + i * HOUR);
    made.push(chore);
  }
  return { db, a: made[0], b: made[1] };
}

describe('the pick between openings', () => {
  it('holds the stored pick through a small lead, in the popup’s raw read and the full page’s', async () => {
    const { db, a, b } = await twoChores(11, 10);
    expect((await popupSnapshot(db, WED)).thisWeek.recommendation?.choreId).toBe(a?.id);
    await savePick(await rawOf(db), b?.id ?? '', WED);
    const raw = await readSnapshot(await rawOf(db), WED);
    expect(raw.storedPick).toBe(b?.id);
    expect(raw.thisWeek.recommendation?.choreId).toBe(b?.id);
    expect((await popupSnapshot(db, WED)).thisWeek.recommendation?.choreId).toBe(b?.id);
  });

  it('moves to a clear leader, and the full page stores what it shows', async () => {
    const { db, a, b } = await twoChores(14, 10);
    await savePickDexie(db, b?.id ?? '', WED);
    const snapshot = await popupSnapshot(db, WED);
    expect(snapshot.storedPick).toBe(b?.id);
    expect(snapshot.thisWeek.recommendation?.choreId).toBe(a?.id);
    await savePickDexie(db, a?.id ?? '', WED);
    expect((await readSnapshot(await rawOf(db), WED)).storedPick).toBe(a?.id);
  });
});

describe('the automated group', () => {
  it('measures hours saved from the rollups, also when go-live is older than the popup’s weeks', async () => {
    const db = await freshDb();
    const { chore } = await createChore(db, { name: 'Rotate keys', defaultMinutes: 20 }, WED - 40 * WEEK);
    const live = WED - 20 * WEEK;
    for (let w = 1; w <= 6; w++)
      for (let i = 0; i < 4; i++)
        await logOccurrence(db, { choreId: chore.id, source: 'click' }, live - w * WEEK + i * HOUR);
    await logOccurrence(db, { choreId: chore.id, source: 'click' }, WED - 2 * WEEK);
    await markAutomated(db, chore.id, { at: live, hours: 8 }, WED);
    const occurrences = await db.occurrences.toArray();
    const stored = await db.chores.get(chore.id);
    if (!stored) throw new Error('chore gone');
    const expected = measureSavings(stored, occurrences, WED, await popupSnapshotSettings(db));

    for (const snapshot of [await popupSnapshot(db, WED), await readSnapshot(await rawOf(db), WED)]) {
      expect(snapshot.thisWeek.recommendation).toBeNull();
      expect(snapshot.automated.chores.map((g) => g.chore.id)).toEqual([chore.id]);
      const savings = snapshot.automated.chores[0]?.savings;
      expect(savings?.beforeMinutesPerWeek).toBe(4 * (20 + 5));
      expect(savings).toEqual(expected);
      // About 93 min a week saved for 20 weeks.
      expect(savings?.savedHoursSoFar).toBeCloseTo(30.8, 1);
      expect(snapshot.automated.savedHoursSoFar).toBe(savings?.savedHoursSoFar);
    }
  });
});

async function popupSnapshotSettings(db: Awaited<ReturnType<typeof freshDb>>) {
  return (await popupSnapshot(db, WED)).settings;
}
