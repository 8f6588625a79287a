import { expect, it } from 'vitest';
import { saveSettings } from '../../../../extension/db/dexie/settings';
import { getTimer } from '../../../../extension/db/dexie/snapshot';
import { finishTimer, startTimer, stopTimer } from '../../../../extension/db/idb/timer';
import { freshDb, HOUR, rawOf, WED } from '../../fixtures/db';
import { createChore } from '../../fixtures/dexie-verbs';

async function timed() {
  const db = await freshDb();
  const { chore } = await createChore(db, { name: 'Debug prod', defaultMinutes: 5 }, WED);
  return { db, chore, idb: await rawOf(db) };
}

it('times a chore in whole minutes (at least one), logs it and clears the timer', async () => {
  const { db, chore, idb } = await timed();
  await startTimer(idb, chore.id, WED);
  expect(await getTimer(db)).toEqual({ choreId: chore.id, startedAt: WED });
  expect(await stopTimer(idb, WED + 37 * 60_000 + 20_000)).toMatchObject({
    choreId: chore.id,
    minutes: 37,
    capped: false,
    occurrence: { choreId: chore.id, minutes: 37, source: 'timer' },
  });
  expect(await getTimer(db)).toBeNull();
  await startTimer(idb, chore.id, WED);
  expect((await stopTimer(idb, WED + 60_000)).occurrence).toMatchObject({ minutes: 1 });
});

it('logs nothing for a timer stopped under a minute: it ends, and the popup asks about 1 minute', async () => {
  const { db, chore, idb } = await timed();
  await startTimer(idb, chore.id, WED);
  expect(await stopTimer(idb, WED + 3_000)).toMatchObject({
    choreId: chore.id,
    minutes: 1,
    short: true,
    seconds: 3,
  });
  expect(await db.occurrences.count()).toBe(0);
  expect((await db.outbox.toArray()).filter((r) => r.table === 'occurrences')).toEqual([]);
  expect(await getTimer(db)).toBeNull();
  await startTimer(idb, chore.id, WED);
  expect(await stopTimer(idb, WED + 59_900)).toMatchObject({ short: true, seconds: 60 });
  expect(await db.occurrences.count()).toBe(0);
});

it('caps a timer left running at the setting (default 4 h), logging only what the user confirms', async () => {
  const { db, chore, idb } = await timed();
  await startTimer(idb, chore.id, WED);
  expect(await stopTimer(idb, WED + 26 * HOUR)).toMatchObject({
    choreId: chore.id,
    minutes: 240,
    capped: true,
  });
  expect(await finishTimer(idb, null)).toBeNull();
  expect(await db.occurrences.count()).toBe(0);
  await saveSettings(db, { timerCapMinutes: 60 });
  await startTimer(idb, chore.id, WED);
  expect(await stopTimer(idb, WED + 61 * 60_000)).toMatchObject({ minutes: 60, capped: true });
  await expect(finishTimer(idb, 0)).rejects.toThrow('minutes must be more than 0');
  expect(await getTimer(db)).toEqual({ choreId: chore.id, startedAt: WED });
});

it('refuses a second timer, a stop with none running, and a missing chore', async () => {
  const { db, chore, idb } = await timed();
  await expect(stopTimer(idb, WED)).rejects.toThrow('No timer is running');
  await expect(startTimer(idb, 'missing-chore', WED)).rejects.toThrow('no longer exists');
  await startTimer(idb, chore.id, WED);
  await expect(startTimer(idb, chore.id, WED + 1)).rejects.toThrow('already running');
  expect(await getTimer(db)).toEqual({ choreId: chore.id, startedAt: WED });
});
