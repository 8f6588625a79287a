import type { Leaderboard, LeaderboardEntry } from '../../shared/api/leaderboard';
import { WEEKS_PER_YEAR } from '../../shared/automation';
import { recommendationSentence } from '../../shared/explain';
import type { RankingSettings } from '../../shared/model';
import { pickOf } from '../../shared/pick';
import { TREND_WEEKS } from '../../shared/ranking';
import { weekWindow } from '../../shared/weeks';
import { DEFAULT_LIMITS } from './limits';
import { type KeyRow, rankTeam, type TotalRow } from './rank-team';
import { RECENT_KEYS_SQL, WEEK_TOTALS_SQL } from './read-queries';
import type { TeamRow } from './teams';
import { recentPeople, shownTo } from './visible-keys';

/** Entries in one answer unless the caller says otherwise (LEADERBOARD_PAGE). */
export const DEFAULT_LEADERBOARD_PAGE = DEFAULT_LIMITS.leaderboardPage;
const hours = (minutes: number) => Math.round((minutes / 60) * 100) / 100;

/**
 * Reads what ranking one team-week needs, and nothing else, in one batch: the team's rollup rows for the
 * ranked week and the TREND_WEEKS before it (a range of the (team, week, key) primary key), and the
 * descriptors of the keys logged since the first of those weeks (a range of an index). Rows read grow
 * with the chores logged in those weeks (and since), never with the team's other chores, its history or
 * other teams.
 */
export async function readRankingInputs(db: D1Database, teamId: string, from: number, to: number) {
  const [totals, keys] = await db.batch<TotalRow | KeyRow>([
    db.prepare(WEEK_TOTALS_SQL).bind(teamId, from, to),
    db.prepare(RECENT_KEYS_SQL).bind(teamId, from),
  ]);
  return { totals: (totals?.results ?? []) as TotalRow[], keys: (keys?.results ?? []) as KeyRow[] };
}

/**
 * The ranked team week: chores merged by key, ranked by the shared ranking code. `at` picks the week;
 * a past week is ranked as of its last instant, the current one as of `now`. The answer lists the top
 * `page` chores and says how many are shown in all.
 */
export async function teamLeaderboard(
  db: D1Database,
  team: TeamRow,
  at: number,
  now = Date.now(),
  page = DEFAULT_LEADERBOARD_PAGE,
): Promise<Leaderboard> {
  const bounds = weekWindow(at, TREND_WEEKS, team.time_zone, team.week_starts_on);
  const inputs = await readRankingInputs(db, team.id, bounds[0] ?? at, bounds.at(-1) ?? at);
  return rankedBoard(team, inputs, at, now, page).board;
}

/** The ranking settings of a team. */
export const rankingSettingsOf = (team: TeamRow): RankingSettings => ({
  timeZone: team.time_zone,
  weekStartsOn: team.week_starts_on,
  contextSwitchMinutes: team.context_switch_minutes,
  horizonYears: team.horizon_years,
});

/**
 * The leaderboard of the week holding `at` from rows already read (the ranked week and the TREND_WEEKS
 * before it at least; rows of other weeks are ignored), with what the dashboard builds on: the ranking,
 * people per key, and the keys shown under the team's minPeople rule, most painful first.
 */
export function rankedBoard(
  team: TeamRow,
  inputs: { totals: TotalRow[]; keys: KeyRow[] },
  at: number,
  now: number,
  page: number,
) {
  const settings = rankingSettingsOf(team);
  const bounds = weekWindow(at, TREND_WEEKS, team.time_zone, team.week_starts_on);
  const end = bounds.at(-1) ?? at;
  const ranking = rankTeam(inputs.keys, inputs.totals, settings, Math.min(now, end - 1));
  const people = recentPeople(inputs.totals, bounds);
  const active = ranking.chores.filter((c) => c.thisWeek.occurrences > 0 || c.minutesPerWeek > 0);
  const shown = shownTo(people, team.min_people);
  const visible = active.filter((c) => shown(c.choreId));
  const entries: LeaderboardEntry[] = visible.slice(0, page).map((c, i) => ({
    rank: i + 1,
    key: c.choreId,
    name: c.name,
    status: c.status,
    hoursThisWeek: hours(c.thisWeek.minutes),
    occurrencesThisWeek: c.thisWeek.occurrences,
    hoursPerWeek: hours(c.minutesPerWeek + c.switchMinutesPerWeek),
    occurrencesPerWeek: Math.round(c.occurrencesPerWeek * 100) / 100,
    people: people.get(c.choreId) ?? 0,
    painPerWeek: Math.round((c.pain / WEEKS_PER_YEAR) * 100) / 100,
    hoursPerYear: Math.round(c.hoursPerYear * 10) / 10,
    trend: { weeklyHours: c.trend.weeklyMinutes.map(hours), growing: c.trend.growing },
    breakEvenHours: Math.round(c.breakEvenHours * 10) / 10,
    paybackWeeks: c.paybackWeeks === null ? null : Math.round(c.paybackWeeks * 10) / 10,
    ...(c.learning ? { learning: c.learning } : {}),
  }));
  // The shared ranking's pick made among the chores shown only, so that no hidden chore, however heavy,
  // changes it (a pick made over all chores and then dropped would tell that a hidden one leads). Phrased
  // for the team: what it costs the team, across how many people.
  const choice = pickOf(visible, settings);
  const pick = visible.find((c) => c.choreId === choice?.choreId) ?? null;
  const board: Leaderboard = {
    team: team.name,
    week: ranking.week,
    timeZone: team.time_zone,
    chores: entries,
    total: visible.length,
    hiddenChores: active.length - visible.length,
    recommendation: pick
      ? recommendationSentence(pick, settings, { people: people.get(pick.choreId) ?? 0 })
      : null,
  };
  return { board, ranking, people, shown, visible, pick };
}
