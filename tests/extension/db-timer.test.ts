import { expect, it } from 'vitest';
import { createChore } from '../../extension/db/chores';
import { saveSettings } from '../../extension/db/settings';
import { cancelTimer, getTimer, startTimer, stopTimer } from '../../extension/db/timer';
import { freshDb, HOUR, WED } from './db-fixtures';

async function timed() {
  const db = await freshDb();
  const { chore } = await createChore(db, { name: 'Debug prod', defaultMinutes: 5 }, WED);
  return { db, chore };
}

it('times a chore in whole minutes (at least one) and clears the timer', async () => {
  const { db, chore } = await timed();
  await startTimer(db, chore.id, WED);
  expect(await getTimer(db)).toEqual({ choreId: chore.id, startedAt: WED });
  expect(await stopTimer(db, WED + 37 * 60_000 + 20_000)).toEqual({
    choreId: chore.id,
    minutes: 37,
    capped: false,
  });
  expect(await getTimer(db)).toBeNull();
  await startTimer(db, chore.id, WED);
  expect((await stopTimer(db, WED + 5_000)).minutes).toBe(1);
});

it('caps a timer left running at the setting (default 4 h) and says so', async () => {
  const { db, chore } = await timed();
  await startTimer(db, chore.id, WED);
  expect(await stopTimer(db, WED + 26 * HOUR)).toEqual({ choreId: chore.id, minutes: 240, capped: true });
  await saveSettings(db, { timerCapMinutes: 60 });
  await startTimer(db, chore.id, WED);
  expect(await stopTimer(db, WED + 61 * 60_000)).toMatchObject({ minutes: 60, capped: true });
});

it('refuses a second timer, a stop with none running, and a missing chore', async () => {
  const { db, chore } = await timed();
  await expect(stopTimer(db, WED)).rejects.toThrow('No timer is running');
  await expect(startTimer(db, 'missing-chore', WED)).rejects.toThrow('no longer exists');
  await startTimer(db, chore.id, WED);
  await expect(startTimer(db, chore.id, WED + 1)).rejects.toThrow('already running');
  expect(await getTimer(db)).toEqual({ choreId: chore.id, startedAt: WED });
  await cancelTimer(db);
  expect(await getTimer(db)).toBeNull();
});
