import { Dexie } from 'dexie';
import type { Occurrence } from '../../shared/model';
import { bump, RECENT_LIMIT, type RollupKeys, rollupKeys, withRecent } from './rollup-math';
import type { ChoreStatsRow, DailyRow, RecentEntry, ToilDb, WeeklyRow } from './schema';
import type { Settings } from './settings-schema';

export { RECENT_LIMIT, type RollupKeys, rollupKeys };

type Counts = Pick<Occurrence, 'choreId' | 'at' | 'minutes'>;
export type RollupRows = { week: WeeklyRow | undefined; day: DailyRow | undefined };

export async function readRollups(db: ToilDb, keys: RollupKeys): Promise<RollupRows> {
  const [week, day] = await Promise.all([db.weekly.get(keys.week), db.daily.get(keys.day)]);
  return { week, day };
}

/** Writes the rows read by readRollups, bumped by one occurrence (sign 1) or less one (sign -1). */
export async function writeRollups(
  db: ToilDb,
  keys: RollupKeys,
  rows: RollupRows,
  occ: Counts,
  sign: 1 | -1,
): Promise<void> {
  const [choreId, weekStart] = keys.week;
  const nextWeek = bump<WeeklyRow>(
    rows.week ?? { choreId, weekStart, occurrences: 0, minutes: 0 },
    sign,
    occ.minutes,
  );
  const nextDay = bump<DailyRow>(
    rows.day ?? { dayStart: keys.day, occurrences: 0, minutes: 0 },
    sign,
    occ.minutes,
  );
  await Promise.all([
    nextWeek.occurrences > 0 ? db.weekly.put(nextWeek) : db.weekly.delete(keys.week),
    nextDay.occurrences > 0 ? db.daily.put(nextDay) : db.daily.delete(keys.day),
  ]);
}

/**
 * Adds (sign 1) or removes (sign -1) one live occurrence from the weekly and daily rollups.
 * Must run inside a `rw` transaction on weekly and daily.
 */
export async function applyToRollups(
  db: ToilDb,
  settings: Settings,
  occ: Counts,
  sign: 1 | -1,
): Promise<void> {
  const keys = rollupKeys(settings, occ);
  await writeRollups(db, keys, await readRollups(db, keys), occ, sign);
}

/** The chore's newest live occurrences, read through the [choreId+at] index: bounded by RECENT_LIMIT. */
export async function readRecent(db: ToilDb, choreId: string): Promise<RecentEntry[]> {
  const rows = await db.occurrences
    .where('[choreId+at]')
    .between([choreId, Dexie.minKey], [choreId, Dexie.maxKey])
    .reverse()
    .filter((o) => !o.deleted)
    .limit(RECENT_LIMIT)
    .toArray();
  return rows.map(({ id, at, minutes }) => ({ id, at, minutes }));
}

async function writeStats(db: ToilDb, choreId: string, recent: RecentEntry[]): Promise<void> {
  const first = recent[0];
  if (first) await db.choreStats.put({ choreId, lastAt: first.at, recent });
  else await db.choreStats.delete(choreId);
}

/** Keeps the chore's recent list right after a live occurrence was added (cheap: no history read). */
export async function addToStats(
  db: ToilDb,
  occ: Pick<Occurrence, 'id' | 'choreId' | 'at' | 'minutes'>,
  known?: { stats: ChoreStatsRow | undefined },
) {
  const stats = known ? known.stats : await db.choreStats.get(occ.choreId);
  const next = withRecent(stats, occ);
  if (next) await writeStats(db, occ.choreId, next);
}

/**
 * After an occurrence was deleted, moved or edited: re-read the chore's recent list if it was in it.
 * One that is not listed is older than a full list (or not live), so the list cannot change.
 */
export async function refreshStats(db: ToilDb, choreId: string, changedId?: string): Promise<void> {
  if (changedId !== undefined) {
    const stats = await db.choreStats.get(choreId);
    if (!stats?.recent.some((r) => r.id === changedId)) return;
  }
  await writeStats(db, choreId, await readRecent(db, choreId));
}
