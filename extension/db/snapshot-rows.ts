import type { Chore } from '../../shared/model';
import type { ChoreStatsRow, DailyRow, PendingRow, WeeklyRow } from './schema';
import type { Settings } from './settings-schema';
import type { TimerState } from './timer-math';

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
};
