import type { Chore, Occurrence } from '../../shared/model';
import { type Ranking, rankChores } from '../../shared/ranking';
import type { WeeklyRow } from './schema';
import type { Settings } from './settings-schema';

/**
 * Ranks the week holding `now` from the weekly rollups, never from the history.
 * TODO(2026-11-26): switch to shared/ranking's rankWeek (weekly totals in) once it lands; until then each
 * rollup row stands in as `occurrences` equal entries at the week's start, which gives rankChores the
 * same counts and sums (to the second) while reading nothing but the rollups.
 */
export function rankFromRollups(
  chores: Chore[],
  rows: WeeklyRow[],
  now: number,
  settings: Settings,
): Ranking {
  const occurrences: Occurrence[] = [];
  for (const row of rows) {
    if (row.weekStart > now) continue;
    for (let i = 0; i < row.occurrences; i++) {
      occurrences.push({
        id: `rollup-${i}`,
        choreId: row.choreId,
        at: row.weekStart,
        minutes: row.minutes / row.occurrences,
        source: 'import',
        updatedAt: row.weekStart,
        deleted: false,
      });
    }
  }
  return rankChores({ chores, occurrences, now, settings });
}
