import { buildSnapshot, type PopupSnapshot, snapshotRange } from './core/snapshot';
import type { ToilDb } from './schema';
import { getSettings } from './settings';
import { getTimer } from './timer';

export { buildSnapshot, type ChoreButton, type PopupSnapshot, SNAPSHOT_WEEKS } from './core/snapshot';

/**
 * Everything the popup shows, read from bounded data only: live chores, their recent lists, the weekly
 * rollups of the last 13 weeks, today's daily rollup, the timer and the pending rows. It never reads the
 * occurrence history, so it costs the same with 100 or 100,000 entries (performance.md). The popup
 * itself reads the same rows through raw IndexedDB (idb/snapshot.ts); the full page uses this one.
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
    const [chores, stats, weekly, today, timer, pending] = await Promise.all([
      db.chores.toArray(),
      db.choreStats.toArray(),
      db.weekly.where('weekStart').between(first, current, true, true).toArray(),
      db.daily.get(day.start),
      getTimer(db),
      db.pending.toArray(),
    ]);
    const days = today ? [today] : [];
    return buildSnapshot({ settings, chores, stats, weekly, days, timer, pending }, now, activeHost);
  });
}
