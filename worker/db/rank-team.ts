import type { Chore, ChoreStatus, RankingSettings } from '../../shared/model';
import { NO_TRAITS } from '../../shared/model';
import { type Ranking, rankWeek } from '../../shared/ranking';

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
  /** The members' vote (migration 0005): 1 unless most say the chore cannot be automated. */
  automatable: number;
  /** 1 when most members say the chore grows with the service. */
  scales_linearly: number;
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
export function teamChore(k: KeyRow): Chore {
  return {
    id: k.key,
    name: k.name,
    key: k.key,
    // The two traits that change the ranking, as the members voted; the others change no figure.
    traits: { ...NO_TRAITS, automatable: k.automatable === 1, scalesLinearly: k.scales_linearly === 1 },
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
 * per-team-week rollups: D1 reads only rollup rows, whatever the size of the history.
 */
export function rankTeam(
  keys: KeyRow[],
  totals: TotalRow[],
  settings: RankingSettings,
  now: number,
): Ranking {
  return rankWeek({
    chores: keys.map(teamChore),
    totals: totals.map((t) => ({
      choreId: t.chore_key,
      weekStart: t.week_start,
      occurrences: t.occurrences,
      minutes: t.minutes,
    })),
    now,
    settings,
  });
}
