import type { Chore } from '../../shared/model';
import type { Ranking } from '../../shared/ranking';
import { dayContaining, recentWeeks, type WeekRange } from './periods';
import { rankFromRollups } from './rank';
import type { ChoreStatsRow, ToilDb, WeeklyRow } from './schema';
import { getSettings } from './settings';
import type { Settings } from './settings-schema';
import { hostMatches } from './site-match';
import { getTimer, type TimerState } from './timer';
import { typicalFrom } from './typical';

/** Weeks the popup's rankings look back over (this week's ranking and its trend use the last 12). */
export const SNAPSHOT_WEEKS = 12;

export type ChoreButton = {
  chore: Chore;
  typicalMinutes: number;
  /** When it was last done, or null if never. */
  lastAt: number | null;
  /** The active tab's host matches the chore's site pattern. */
  siteMatch: boolean;
};

export type PopupSnapshot = {
  chores: ChoreButton[];
  thisWeek: Ranking;
  lastWeek: Ranking;
  todayMinutes: number;
  todayOccurrences: number;
  weekMinutes: number;
  weekOccurrences: number;
  timer: TimerState | null;
  settings: Settings;
};

// Frequency decays by half every two weeks, so last month's habit still counts but fades.
function frecency(choreId: string, rows: WeeklyRow[], weeks: WeekRange[]): number {
  const age = new Map(weeks.map((w, i) => [w.start, weeks.length - 1 - i]));
  let score = 0;
  for (const row of rows) {
    if (row.choreId === choreId) score += row.occurrences * 0.5 ** ((age.get(row.weekStart) ?? 99) / 2);
  }
  return score;
}

function orderButtons(
  chores: Chore[],
  stats: Map<string, ChoreStatsRow>,
  rows: WeeklyRow[],
  weeks: WeekRange[],
  host?: string,
) {
  const buttons = chores.map((chore) => {
    const s = stats.get(chore.id);
    return {
      button: {
        chore,
        typicalMinutes: typicalFrom(chore, s),
        lastAt: s?.lastAt ?? null,
        siteMatch: hostMatches(host, chore.sitePattern),
      },
      score: frecency(chore.id, rows, weeks),
    };
  });
  buttons.sort(
    (a, b) =>
      Number(b.button.siteMatch) - Number(a.button.siteMatch) ||
      b.score - a.score ||
      (b.button.lastAt ?? 0) - (a.button.lastAt ?? 0) ||
      b.button.chore.createdAt - a.button.chore.createdAt ||
      a.button.chore.key.localeCompare(b.button.chore.key),
  );
  return buttons.map((b) => b.button);
}

/**
 * Everything the popup shows, read from bounded data only: live chores, their recent lists, the weekly
 * rollups of the last 13 weeks, today's daily rollup and the timer. It never reads the occurrence
 * history, so opening the popup costs the same with 100 or 100,000 entries (performance.md).
 */
export async function popupSnapshot(
  db: ToilDb,
  now = Date.now(),
  activeHost?: string,
): Promise<PopupSnapshot> {
  return db.transaction('r', [db.kv, db.chores, db.choreStats, db.weekly, db.daily], async () => {
    const settings = await getSettings(db);
    const weeks = recentWeeks(now, SNAPSHOT_WEEKS + 1, settings.timeZone, settings.weekStartsOn);
    const first = weeks[0]?.start ?? now;
    const current = weeks.at(-1) ?? { start: now, end: now, label: '' };
    const [allChores, statsRows, rows, today, timer] = await Promise.all([
      db.chores.toArray(),
      db.choreStats.toArray(),
      db.weekly.where('weekStart').between(first, current.start, true, true).toArray(),
      db.daily.get(dayContaining(now, settings.timeZone).start),
      getTimer(db),
    ]);
    const chores = allChores.filter((c) => !c.deleted && !c.archived);
    const live = new Set(chores.map((c) => c.id));
    const totals = rows.filter((r) => live.has(r.choreId));
    const thisWeekRows = totals.filter((r) => r.weekStart === current.start);
    return {
      chores: orderButtons(
        chores,
        new Map(statsRows.map((s) => [s.choreId, s])),
        totals,
        weeks.slice(1),
        activeHost,
      ),
      thisWeek: rankFromRollups(chores, totals, now, settings),
      lastWeek: rankFromRollups(chores, totals, current.start - 1, settings),
      todayMinutes: today?.minutes ?? 0,
      todayOccurrences: today?.occurrences ?? 0,
      weekMinutes: thisWeekRows.reduce((sum, r) => sum + r.minutes, 0),
      weekOccurrences: thisWeekRows.reduce((sum, r) => sum + r.occurrences, 0),
      timer,
      settings,
    };
  });
}
