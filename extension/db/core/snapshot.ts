import type { Chore } from '../../../shared/model';
import { holdPick } from '../../../shared/pick';
import { type Ranking, rankWeek } from '../../../shared/ranking';
import { type AutomatedGroup, automatedGroup } from './automated';
import { dayContaining, recentWeeks, type WeekRange } from './periods';
import { addCounts, rollupKeys, withRecent } from './rollup-math';
import type { ChoreStatsRow, DailyRow, PendingRow, WeeklyRow } from './rows';
import type { Settings } from './settings';
import { hostMatches } from './site-match';
import type { TimerState } from './timer';
import { usualMinutes } from './typical';

/**
 * The popup's snapshot: what it shows, built from a bounded set of rows (never the occurrence history),
 * so it costs the same with 100 or 100,000 entries. The rows come from raw IndexedDB in the popup and
 * the background (idb/snapshot.ts) and from Dexie on the full page (dexie/snapshot.ts); this part is
 * pure and the same for both.
 */

/** Weeks the popup's rankings look back over (this week's ranking and its trend use the last 12). */
export const SNAPSHOT_WEEKS = 12;

/** What the popup reads: bounded rows only (chores, recent lists, 13 weeks of rollups, today, pending). */
export type SnapshotRows = {
  settings: Settings;
  chores: Chore[];
  stats: ChoreStatsRow[];
  /** Weekly rollups covering at least the weeks of snapshotRange (others are left out). */
  weekly: WeeklyRow[];
  /** Daily rollups including today's, if any (others are left out). */
  days: DailyRow[];
  timer: TimerState | null;
  /** Occurrences logged but not yet folded into the rollups: added in here. */
  pending: PendingRow[];
  /** The chore last shown as "automate this first" (kv PICK_KEY), held unless another leads clearly. */
  pick?: string | null;
  /** Weekly rollups of automated chores around their go-live (core/automated.ts savingsSpan). */
  savingsWeekly?: WeeklyRow[];
  /** The pinned chores' ids, in the order pinned (rows.ts's PINS_KEY). */
  pins: string[];
};

export type ChoreButton = {
  chore: Chore;
  /** What its button shows and logs (core/typical.ts). */
  usualMinutes: number;
  /** When it was last done, or null if never. */
  lastAt: number | null;
  /** The active tab's host matches the chore's site pattern. */
  siteMatch: boolean;
  /** The user pinned it: it comes first, and is always shown. */
  pinned: boolean;
};

export type PopupSnapshot = {
  /**
   * The one-click buttons, in the order of buttonOrder: live chores not automated (an automated chore
   * is a win to show, not something to log with one click).
   */
  chores: ChoreButton[];
  /**
   * Archived and automated chores: they have no button, but are offered while typing a name, so one is
   * not created again under the same name.
   */
  unlisted: Chore[];
  /** The usual minutes (core/typical.ts) of every chore, buttons and unlisted ones, by id. */
  usual: ReadonlyMap<string, number>;
  /**
   * This week's ranking, its pick held against the stored one (shared/pick.ts holdPick). Computed when
   * first read, like lastWeek and automated: the popup's first frame shows the buttons, not the ranking.
   */
  readonly thisWeek: Ranking;
  /** Computed when first read: the popup opens on this week. */
  readonly lastWeek: Ranking;
  /** The stored pick this snapshot held against: when thisWeek's differs, the page stores the new one. */
  storedPick: string | null;
  /** Automated chores, out of the ranking: hours saved so far and payback (computed when first read). */
  readonly automated: AutomatedGroup;
  todayMinutes: number;
  todayOccurrences: number;
  weekMinutes: number;
  weekOccurrences: number;
  timer: TimerState | null;
  settings: Settings;
};

// Frequency decays by half every two weeks, so last month's habit still counts but fades.
function frecencies(rows: WeeklyRow[], weeks: WeekRange[]): Map<string, number> {
  const age = new Map(weeks.map((w, i) => [w.start, weeks.length - 1 - i]));
  const scores = new Map<string, number>();
  for (const row of rows) {
    const score = row.occurrences * 0.5 ** ((age.get(row.weekStart) ?? 99) / 2);
    scores.set(row.choreId, (scores.get(row.choreId) ?? 0) + score);
  }
  return scores;
}

/**
 * The buttons' order: pinned chores first, in the order pinned; then those whose site pattern matches
 * the active tab; then the most done lately (frecency), the most recently done, the newest. The popup
 * takes this order once, when it opens, and keeps it while open (log/stable-order.ts).
 */
function buttonOrder(from: {
  chores: Chore[];
  stats: Map<string, ChoreStatsRow>;
  totals: WeeklyRow[];
  weeks: WeekRange[];
  pins: readonly string[];
  usual: ReadonlyMap<string, number>;
  host: string | undefined;
}): ChoreButton[] {
  const { chores, stats, pins, usual, host } = from;
  const scores = frecencies(from.totals, from.weeks);
  const pinned = new Map(pins.map((id, i) => [id, i]));
  const buttons = chores.map((chore) => {
    const s = stats.get(chore.id);
    return {
      button: {
        chore,
        usualMinutes: usual.get(chore.id) ?? chore.defaultMinutes,
        lastAt: s?.lastAt ?? null,
        siteMatch: hostMatches(host, chore.sitePattern),
        pinned: pinned.has(chore.id),
      },
      pin: pinned.get(chore.id) ?? Number.POSITIVE_INFINITY,
      score: scores.get(chore.id) ?? 0,
    };
  });
  buttons.sort(
    (a, b) =>
      (a.pin === b.pin ? 0 : a.pin < b.pin ? -1 : 1) ||
      Number(b.button.siteMatch) - Number(a.button.siteMatch) ||
      b.score - a.score ||
      (b.button.lastAt ?? 0) - (a.button.lastAt ?? 0) ||
      b.button.chore.createdAt - a.button.chore.createdAt ||
      a.button.chore.key.localeCompare(b.button.chore.key),
  );
  return buttons.map((b) => b.button);
}

/** The weeks the snapshot reads, oldest first, and today. */
export function snapshotRange(now: number, settings: Settings) {
  const weeks = recentWeeks(now, SNAPSHOT_WEEKS + 1, settings.timeZone, settings.weekStartsOn);
  return { weeks, day: dayContaining(now, settings.timeZone) };
}

/** The rollups and recent lists as they will be once the pending rows are folded in. */
function withPending(rows: SnapshotRows, weeks: WeekRange[], todayStart: number) {
  const first = weeks[0]?.start ?? 0;
  const weekly = new Map(rows.weekly.map((w) => [`${w.choreId}\u0000${w.weekStart}`, w]));
  const stats = new Map(rows.stats.map((s) => [s.choreId, s]));
  let today = rows.days.find((d) => d.dayStart === todayStart);
  for (const p of rows.pending) {
    const keys = rollupKeys(rows.settings, p);
    const [choreId, weekStart] = keys.week;
    if (weekStart >= first) {
      const id = `${choreId}\u0000${weekStart}`;
      weekly.set(
        id,
        addCounts(weekly.get(id) ?? { choreId, weekStart, occurrences: 0, minutes: 0 }, 1, p.minutes),
      );
    }
    if (keys.day === todayStart)
      today = addCounts(today ?? { dayStart: todayStart, occurrences: 0, minutes: 0 }, 1, p.minutes);
    const recent = withRecent(stats.get(choreId), p);
    if (recent) stats.set(choreId, { choreId, lastAt: recent[0]?.at ?? p.at, recent });
  }
  return { weekly: [...weekly.values()], stats, today };
}

/** Everything the popup shows, from the rows read (see SnapshotRows). Pure: no storage here. */
export function buildSnapshot(rows: SnapshotRows, now: number, activeHost?: string): PopupSnapshot {
  const { settings } = rows;
  const { weeks, day } = snapshotRange(now, settings);
  const current = weeks.at(-1) ?? { start: now, end: now, label: '' };
  const { weekly, stats, today } = withPending(rows, weeks, day.start);
  const chores = rows.chores.filter((c) => !c.deleted && !c.archived);
  const live = new Set(chores.map((c) => c.id));
  const first = weeks[0]?.start ?? now;
  const totals = weekly.filter(
    (r) => live.has(r.choreId) && r.weekStart >= first && r.weekStart <= current.start,
  );
  const thisWeekRows = totals.filter((r) => r.weekStart === current.start);
  const usual = new Map(
    rows.chores.filter((c) => !c.deleted).map((c) => [c.id, usualMinutes(c, stats.get(c.id))]),
  );
  let thisWeek: Ranking | undefined;
  let lastWeek: Ranking | undefined;
  let automated: AutomatedGroup | undefined;
  return {
    chores: buttonOrder({
      chores: chores.filter((c) => c.status !== 'automated'),
      stats,
      totals,
      weeks: weeks.slice(1),
      pins: rows.pins,
      usual,
      host: activeHost,
    }),
    unlisted: rows.chores.filter((c) => !c.deleted && (c.archived || c.status === 'automated')),
    usual,
    get thisWeek() {
      thisWeek ??= holdPick(rankWeek({ chores, totals, now, settings }), rows.pick, settings);
      return thisWeek;
    },
    get lastWeek() {
      lastWeek ??= rankWeek({ chores, totals, now: current.start - 1, settings });
      return lastWeek;
    },
    storedPick: rows.pick ?? null,
    get automated() {
      automated ??= automatedGroup(chores, weekly, rows.savingsWeekly ?? [], now, settings);
      return automated;
    },
    todayMinutes: today?.minutes ?? 0,
    todayOccurrences: today?.occurrences ?? 0,
    weekMinutes: thisWeekRows.reduce((sum, r) => sum + r.minutes, 0),
    weekOccurrences: thisWeekRows.reduce((sum, r) => sum + r.occurrences, 0),
    timer: rows.timer,
    settings,
  };
}
