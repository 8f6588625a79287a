import { Dexie } from 'dexie';
import type { Chore, Occurrence } from '../../../shared/model';
import { recentWeeks, type WeekRange, weekContaining } from '../core/periods';
import type { ToilDb } from './schema';
import { getSettings } from './settings';

export type HistoryQuery = {
  choreId?: string;
  /** Any time inside the week (WeekRange.start is natural): only that week's entries. */
  weekStart?: number;
  limit?: number;
  offset?: number;
  includeDeleted?: boolean;
};

/** The history page: entries newest first, by chore and/or week, a page at a time through an index. */
export async function listOccurrences(db: ToilDb, query: HistoryQuery = {}): Promise<Occurrence[]> {
  const { choreId, weekStart, limit = 100, offset = 0, includeDeleted = false } = query;
  const week =
    weekStart === undefined
      ? undefined
      : await getSettings(db).then((s) => weekContaining(weekStart, s.timeZone, s.weekStartsOn));
  const chore = choreId === undefined ? undefined : db.occurrences.where('[choreId+at]');
  const collection = chore
    ? week
      ? chore.between([choreId, week.start], [choreId, week.end], true, false)
      : chore.between([choreId, Dexie.minKey], [choreId, Dexie.maxKey])
    : week
      ? db.occurrences.where('at').between(week.start, week.end, true, false)
      : db.occurrences.orderBy('at');
  return collection
    .reverse()
    .filter((o) => includeDeleted || !o.deleted)
    .offset(offset)
    .limit(limit)
    .toArray();
}

export type WeeklySeries = { choreId: string; name: string; minutes: number[]; occurrences: number[] };

/** Each live chore's minutes per week over the last `count` weeks (oldest first), from the rollups. */
export async function weeklyMinutesByChore(
  db: ToilDb,
  count = 12,
  now = Date.now(),
): Promise<{ weeks: WeekRange[]; series: WeeklySeries[] }> {
  const settings = await getSettings(db);
  const weeks = recentWeeks(now, count, settings.timeZone, settings.weekStartsOn);
  const first = weeks[0]?.start ?? now;
  const last = weeks.at(-1)?.start ?? now;
  const [chores, rows] = await Promise.all([
    db.chores.filter((c: Chore) => !c.deleted && !c.archived).toArray(),
    db.weekly.where('weekStart').between(first, last, true, true).toArray(),
  ]);
  const index = new Map(weeks.map((w, i) => [w.start, i]));
  const series = new Map<string, WeeklySeries>(
    chores.map((c) => [
      c.id,
      { choreId: c.id, name: c.name, minutes: weeks.map(() => 0), occurrences: weeks.map(() => 0) },
    ]),
  );
  for (const row of rows) {
    const s = series.get(row.choreId);
    const i = index.get(row.weekStart);
    if (!s || i === undefined) continue;
    s.minutes[i] = row.minutes;
    s.occurrences[i] = row.occurrences;
  }
  return { weeks, series: [...series.values()].filter((s) => s.occurrences.some((n) => n > 0)) };
}
