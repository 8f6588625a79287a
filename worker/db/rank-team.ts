import type { Chore, ChoreStatus, Occurrence, RankingSettings } from '../../shared/model';
import { NO_TRAITS } from '../../shared/model';
import { type Ranking, rankChores } from '../../shared/ranking';

export type KeyRow = {
  key: string;
  name: string;
  created_at: number;
  status: ChoreStatus;
  annoyance: number;
  automated_at: number | null;
  automation_hours: number | null;
  automation_estimate_hours: number | null;
  upkeep_hours_per_year: number | null;
};
export type TotalRow = {
  week_start: number;
  chore_key: string;
  occurrences: number;
  minutes: number;
  people: number;
};

const optional = <K extends string>(key: K, value: number | null) =>
  (value === null ? {} : { [key]: value }) as Partial<Record<K, number>>;

/** A team chore key as the ranking sees a chore: the key is its id. */
function teamChore(k: KeyRow): Chore {
  return {
    id: k.key,
    name: k.name,
    key: k.key,
    traits: NO_TRAITS,
    annoyance: k.annoyance,
    defaultMinutes: 1,
    status: k.status,
    ...optional('automatedAt', k.automated_at),
    ...optional('automationHours', k.automation_hours),
    ...optional('automationEstimateHours', k.automation_estimate_hours),
    ...optional('upkeepHoursPerYear', k.upkeep_hours_per_year),
    private: false,
    archived: false,
    createdAt: k.created_at,
    updatedAt: k.created_at,
    deleted: false,
  };
}

/**
 * Ranks the team's chore keys with the extension's own ranking code (shared/ranking.ts), fed from the
 * rollups instead of raw occurrences: each (key, week) total becomes `occurrences` entries at the week's
 * start, the first carrying all of the week's minutes. The ranking only sums minutes and counts entries per
 * chore and week, so its figures are those of the real occurrences, while D1 reads only rollup rows.
 */
export function rankTeam(
  keys: KeyRow[],
  totals: TotalRow[],
  settings: RankingSettings,
  now: number,
): Ranking {
  const occurrences: Occurrence[] = [];
  for (const t of totals) {
    for (let i = 0; i < t.occurrences; i++) {
      occurrences.push({
        id: `${t.chore_key}:${t.week_start}:${i}`,
        choreId: t.chore_key,
        at: t.week_start,
        minutes: i === 0 ? t.minutes : 0,
        source: 'import',
        updatedAt: t.week_start,
        deleted: false,
      });
    }
  }
  return rankChores({ chores: keys.map(teamChore), occurrences, now, settings });
}
