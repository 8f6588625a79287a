import type { Occurrence } from '../../../shared/model';
import { dayContaining, weekContaining } from './periods';
import type { ChoreStatsRow, RecentEntry } from './rows';
import type { Settings } from './settings';

/**
 * The arithmetic of the rollups, free of Dexie: idb/rollups.ts keeps the stored rollups with it, and
 * snapshot.ts adds the pending rows in with it.
 */

/** How many recent occurrences decide a chore's typical duration. */
export const RECENT_LIMIT = 20;

type Counted = { occurrences: number; minutes: number };

/**
 * The row with `occurrences` and `minutes` added (either may be negative). Sums of fractional minutes
 * drift in floating point; six decimals is far below anything shown.
 */
export function addCounts<T extends Counted>(row: T, occurrences: number, minutes: number): T {
  return {
    ...row,
    occurrences: row.occurrences + occurrences,
    minutes: Math.round((row.minutes + minutes) * 1e6) / 1e6,
  };
}

export type RollupKeys = { week: [string, number]; day: number };

/** Where an occurrence counts: its chore's week and its day, in the user's time zone. */
export function rollupKeys(settings: Settings, occ: Pick<Occurrence, 'choreId' | 'at'>): RollupKeys {
  return {
    week: [occ.choreId, weekContaining(occ.at, settings.timeZone, settings.weekStartsOn).start],
    day: dayContaining(occ.at, settings.timeZone).start,
  };
}

/**
 * The chore's recent list after a live occurrence was added, or null when it is older than a full
 * list and so changes nothing. The same occurrence is replaced, never doubled (an edit re-adds it).
 */
export function withRecent(
  stats: ChoreStatsRow | undefined,
  occ: Pick<Occurrence, 'id' | 'at' | 'minutes'>,
): RecentEntry[] | null {
  const recent = (stats?.recent ?? []).filter((r) => r.id !== occ.id);
  const oldest = recent.at(-1);
  if (recent.length >= RECENT_LIMIT && oldest && occ.at < oldest.at) return null;
  const entry = { id: occ.id, at: occ.at, minutes: occ.minutes };
  return [...recent, entry].sort((a, b) => b.at - a.at).slice(0, RECENT_LIMIT);
}
