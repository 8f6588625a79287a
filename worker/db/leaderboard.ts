import type { Leaderboard, LeaderboardEntry } from '../../shared/api/leaderboard';
import { WEEKS_PER_YEAR } from '../../shared/automation';
import { TREND_WEEKS } from '../../shared/ranking';
import { weekWindow } from '../../shared/weeks';
import { type KeyRow, rankTeam, type TotalRow } from './rank-team';
import { CHORE_KEYS_SQL, WEEK_TOTALS_SQL } from './read-queries';
import type { TeamRow } from './teams';

const PEOPLE_WEEKS = 4;
const hours = (minutes: number) => Math.round((minutes / 60) * 100) / 100;

/**
 * Reads what ranking one team-week needs, and nothing else: the team's rollup rows for the ranked week
 * and the TREND_WEEKS before it (a range of the (team, week, key) primary key), and one descriptor per
 * chore key. Rows read grow with the team's chores, never with its occurrences or with other teams.
 */
export async function readRankingInputs(db: D1Database, teamId: string, from: number, to: number) {
  const [totals, keys] = await db.batch<TotalRow | KeyRow>([
    db.prepare(WEEK_TOTALS_SQL).bind(teamId, from, to),
    db.prepare(CHORE_KEYS_SQL).bind(teamId),
  ]);
  return { totals: (totals?.results ?? []) as TotalRow[], keys: (keys?.results ?? []) as KeyRow[] };
}

/**
 * The ranked team week: chores merged by key, ranked by the shared ranking code. `at` picks the week;
 * a past week is ranked as of its last instant, the current one as of `now`.
 */
export async function teamLeaderboard(
  db: D1Database,
  team: TeamRow,
  at: number,
  now = Date.now(),
): Promise<Leaderboard> {
  const tz = team.time_zone;
  const bounds = weekWindow(at, TREND_WEEKS, tz, team.week_starts_on);
  const first = bounds[0] ?? at;
  const end = bounds.at(-1) ?? at;
  const inputs = await readRankingInputs(db, team.id, first, end);
  const settings = {
    timeZone: tz,
    weekStartsOn: team.week_starts_on,
    contextSwitchMinutes: team.context_switch_minutes,
    horizonYears: team.horizon_years,
  };
  const ranking = rankTeam(inputs.keys, inputs.totals, settings, Math.min(now, end - 1));

  // People affected: the most distinct members reporting the chore in any one of the last four weeks
  // (distinct counts do not add up across weeks; this is a lower bound of the people over the month).
  const recent = new Set(bounds.slice(-PEOPLE_WEEKS - 1, -1));
  const people = new Map<string, number>();
  for (const t of inputs.totals) {
    if (recent.has(t.week_start)) people.set(t.chore_key, Math.max(people.get(t.chore_key) ?? 0, t.people));
  }
  const active = ranking.chores.filter((c) => c.thisWeek.occurrences > 0 || c.minutesPerWeek > 0);
  const visible = active.filter((c) => (people.get(c.choreId) ?? 0) >= team.min_people);
  const entries: LeaderboardEntry[] = visible.map((c, i) => ({
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
  }));
  const shown = new Set(visible.map((c) => c.choreId));
  const recommendation =
    ranking.recommendation && shown.has(ranking.recommendation.choreId)
      ? ranking.recommendation.sentence
      : null;
  return {
    team: team.name,
    week: ranking.week,
    timeZone: tz,
    chores: entries,
    hiddenChores: active.length - visible.length,
    recommendation,
  };
}
