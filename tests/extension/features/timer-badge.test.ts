import { beforeEach, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startTimer, stopTimer } from '../../../extension/db/idb/timer';
import { syncTimerBadge, TIMER_ALARM, timerBadgeText } from '../../../extension/features/timer-badge';
import { freshDb, rawOf, WED } from '../fixtures/db';
import { createChore } from '../fixtures/dexie-verbs';

beforeEach(() => fakeBrowser.reset());

it('says how long the timer has run in the space a badge has', () => {
  const timer = { choreId: 'chore-1234', startedAt: WED };
  expect(timerBadgeText(timer, WED + 20_000)).toBe('●');
  expect(timerBadgeText(timer, WED + 12 * 60_000)).toBe('12m');
  expect(timerBadgeText(timer, WED + 135 * 60_000)).toBe('2h');
});

it('shows a running timer on the badge with a ticking alarm, and clears both when it stops', async () => {
  const db = await freshDb();
  const { chore } = await createChore(db, { name: 'Debug prod', defaultMinutes: 5 }, WED);
  const idb = await rawOf(db);
  await startTimer(idb, chore.id, WED);
  await syncTimerBadge(db.name, fakeBrowser, WED + 7 * 60_000);
  expect(await fakeBrowser.action.getBadgeText({})).toBe('7m');
  expect((await fakeBrowser.alarms.get(TIMER_ALARM))?.periodInMinutes).toBe(1);

  await stopTimer(idb, WED + 8 * 60_000);
  await syncTimerBadge(db.name, fakeBrowser, WED + 8 * 60_000);
  expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  expect(await fakeBrowser.alarms.get(TIMER_ALARM)).toBeUndefined();
});
