import { pinsFromStored } from '../core/pins';
import { PINS_KEY, TIMER_KEY } from '../core/rows';
import { buildSnapshot, type PopupSnapshot, snapshotRange } from '../core/snapshot';
import { type TimerState, timerFromStored } from '../core/timer';
import type { ToilDb } from './schema';
import { getSettings } from './settings';

/** The running timer, or null. Started, stopped and finished by logging (idb/timer.ts). */
export async function getTimer(db: ToilDb): Promise<TimerState | null> {
  return timerFromStored((await db.kv.get(TIMER_KEY))?.value);
}

/**
 * The popup's snapshot (core/snapshot.ts) for the full page, read through Dexie in one transaction:
 * live chores, their recent lists, the weekly rollups of the last 13 weeks, today's daily rollup, the
 * timer, the pending rows and the pins. It never reads the occurrence history, so it costs the same with 100 or
 * 100,000 entries. The popup reads the same rows through raw IndexedDB (idb/snapshot.ts).
 */
export async function popupSnapshot(
  db: ToilDb,
  now = Date.now(),
  activeHost?: string,
): Promise<PopupSnapshot> {
  return db.transaction('r', [db.kv, db.chores, db.choreStats, db.weekly, db.daily, db.pending], async () => {
    const settings = await getSettings(db);
    const { weeks, day } = snapshotRange(now, settings);
    const first = weeks[0]?.start ?? now;
    const current = weeks.at(-1)?.start ?? now;
    const [chores, stats, weekly, today, timer, pending, pins] = await Promise.all([
      db.chores.toArray(),
      db.choreStats.toArray(),
      db.weekly.where('weekStart').between(first, current, true, true).toArray(),
      db.daily.get(day.start),
      getTimer(db),
      db.pending.toArray(),
      db.kv.get(PINS_KEY),
    ]);
    const days = today ? [today] : [];
    return buildSnapshot(
      { settings, chores, stats, weekly, days, timer, pending, pins: pinsFromStored(pins?.value) },
      now,
      activeHost,
    );
  });
}
