import type { Leaderboard } from '../../shared/api/leaderboard';
import type { TeamSummary } from '../../shared/api/team-summary';
import type { WeeklyTotal } from '../../shared/ranking';
import {
  countedInTotals,
  type MemberWeek,
  shareOver,
  TOIL_CAP,
  teamWeeks,
  weeklyMinutesOf,
} from '../../shared/team-figures';
import { weekLabel, weekWindow } from '../../shared/weeks';
import { BEFORE_AUTOMATION_MS, dashboardSavings } from './dashboard-savings';
import { rankedBoard, rankingSettingsOf } from './leaderboard';
import type { KeyRow, TotalRow } from './rank-team';
import {
  AUTOMATED_KEYS_SQL,
  AUTOMATED_WEEKS_SQL,
  MEMBER_WEEKS_SQL,
  RECENT_KEYS_SQL,
  WEEK_TOTALS_SQL,
} from './read-queries';
import type { TeamRow } from './teams';

/** The weeks the dashboard shows: the ranked week and the 11 before it. */
export const DASHBOARD_WEEKS = 12;
/** The leaderboard's top chores whose weekly hours the dashboard charts. */
export const TOP_CHORES = 5;
/** Complete weeks behind the headline's recent figures. */
export const RECENT_WEEKS = 4;

type MemberWeekRow = { week_start: number; chore_key: string; member_id: string };

const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits;
const hours = (minutes: number) => round(minutes / 60, 2);
const share = (s: number | null | undefined) => (s == null ? null : round(s, 4));

/**
 * Everything the dashboard reads, in one batch: the team's rollup rows of the 12 weeks, the descriptors
 * of the keys logged since the first of them, who logged which key in those weeks, the automated keys it
 * measures (at most `page`, AUTOMATED_KEYS_SQL) and their weeks before each automation date. Every
 * statement reads a range of a primary key or an index (tests/worker/dashboard-plans.test.ts): never the
 * team's chores that nobody logged.
 */
async function readDashboardInputs(db: D1Database, team: TeamRow, from: number, to: number, page: number) {
  const [totals, keys, members, automatedKeys, automated] = await db.batch<TotalRow | KeyRow | MemberWeekRow>(
    [
      db.prepare(WEEK_TOTALS_SQL).bind(team.id, from, to),
      db.prepare(RECENT_KEYS_SQL).bind(team.id, from),
      db.prepare(MEMBER_WEEKS_SQL).bind(team.id, from, to),
      db.prepare(AUTOMATED_KEYS_SQL).bind(team.id, team.min_people, page),
      db.prepare(AUTOMATED_WEEKS_SQL).bind(team.id, team.min_people, page, BEFORE_AUTOMATION_MS),
    ],
  );
  return {
    totals: (totals?.results ?? []) as TotalRow[],
    keys: (keys?.results ?? []) as KeyRow[],
    members: (members?.results ?? []) as MemberWeekRow[],
    automatedKeys: (automatedKeys?.results ?? []) as KeyRow[],
    automated: (automated?.results ?? []) as TotalRow[],
  };
}

/**
 * The dashboard of the week holding `at`: its leaderboard, and the team's figures over the 12 weeks
 * ending with it (toil, toil share, top chores, what automations save, the recommendation), every one
 * under the team's minPeople rule (worker/README.md, "The team dashboard").
 */
export async function teamDashboard(
  db: D1Database,
  team: TeamRow,
  at: number,
  now: number,
  page: number,
): Promise<{ board: Leaderboard; summary: TeamSummary }> {
  const settings = rankingSettingsOf(team);
  const bounds = weekWindow(at, DASHBOARD_WEEKS - 1, team.time_zone, team.week_starts_on);
  const end = bounds.at(-1) ?? at;
  const asOf = Math.min(now, end - 1);
  const read = await readDashboardInputs(db, team, bounds[0] ?? at, end, page);
  const ranked = rankedBoard(team, read, at, now, page);

  // Only keys the ranking knows count, as on the leaderboard (archived and deleted chores do not).
  const live = new Set(read.keys.map((k) => k.key));
  const totals: WeeklyTotal[] = read.totals
    .filter((t) => live.has(t.chore_key))
    .map((t) => ({
      choreId: t.chore_key,
      weekStart: t.week_start,
      occurrences: t.occurrences,
      minutes: t.minutes,
    }));
  const members: MemberWeek[] = read.members
    .filter((m) => live.has(m.chore_key))
    .map((m) => ({ weekStart: m.week_start, key: m.chore_key, member: m.member_id }));
  const weeks = teamWeeks({
    bounds,
    totals,
    members,
    counts: countedInTotals(members, ranked.shown, team.min_people),
    contextSwitchMinutes: team.context_switch_minutes,
    workingHoursPerWeek: team.working_hours_per_week,
    now,
  });
  // The last RECENT_WEEKS complete weeks, of those the ones anyone logged in (a team that began two weeks
  // ago has two weeks to average).
  const recent = weeks
    .filter((w) => !w.partial)
    .slice(-RECENT_WEEKS)
    .filter((w) => w.activeMembers > 0);
  const thisWeek = weeks.at(-1);
  const savings = dashboardSavings(
    read.automatedKeys,
    [...read.automated, ...read.totals],
    asOf,
    settings,
    team.min_people,
  );
  const pick = ranked.pick;
  const summary: TeamSummary = {
    team: team.name,
    timeZone: team.time_zone,
    week: { ...ranked.board.week, partial: end > now },
    workingHoursPerWeek: team.working_hours_per_week,
    headline: {
      toilHoursThisWeek: hours(thisWeek?.toilMinutes ?? 0),
      toilShareThisWeek: share(thisWeek?.share),
      recentWeeks: recent.length,
      toilHoursPerWeek: recent.length
        ? hours(recent.reduce((sum, w) => sum + w.toilMinutes, 0) / recent.length)
        : null,
      toilShare: share(shareOver(recent)),
      toilShareCap: TOIL_CAP,
      savedHoursPerYear: savings.savedHoursPerYear,
      automationsMeasured: savings.measured,
    },
    weeks: weeks.map((w) => ({
      start: w.start,
      label: weekLabel(w.start, team.time_zone),
      toilHours: hours(w.toilMinutes),
      activeMembers: w.activeMembers,
      workingHours: round(w.workingMinutes / 60, 2),
      toilShare: share(w.share),
      partial: w.partial,
    })),
    topChores: ranked.visible.slice(0, TOP_CHORES).map((c) => ({
      key: c.choreId,
      name: c.name,
      weeklyHours: weeklyMinutesOf(c.choreId, bounds, totals, team.context_switch_minutes).map(hours),
    })),
    savings: savings.entries.slice(0, page),
    recommendation:
      pick && ranked.board.recommendation
        ? {
            key: pick.choreId,
            name: pick.name,
            status: pick.status,
            sentence: ranked.board.recommendation,
            hoursPerYear: round(pick.hoursPerYear, 1),
            people: ranked.people.get(pick.choreId) ?? 0,
            breakEvenHours: round(pick.breakEvenHours, 1),
            horizonYears: team.horizon_years,
          }
        : null,
    hiddenChores: ranked.board.hiddenChores,
  };
  return { board: ranked.board, summary };
}
