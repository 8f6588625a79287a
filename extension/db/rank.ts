import type { Chore } from '../../shared/model';
import { type Ranking, rankWeek } from '../../shared/ranking';
import type { WeeklyRow } from './schema';
import type { Settings } from './settings-schema';

/** Ranks the week holding `now` from the weekly rollups, never from the history. */
export function rankFromRollups(
  chores: Chore[],
  rows: WeeklyRow[],
  now: number,
  settings: Settings,
): Ranking {
  return rankWeek({ chores, totals: rows, now, settings });
}
