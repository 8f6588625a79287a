import type { TeamSummary } from '../../shared/api/team-summary';
import type { RankingSettings } from '../../shared/model';
import type { WeeklyTotal } from '../../shared/ranking';
import { savingsSpans } from '../../shared/savings';
import { teamSavings } from '../../shared/team-savings';
import { WEEK_MS } from '../../shared/weeks';
import { type KeyRow, type TotalRow, teamChore } from './rank-team';

/** How far before its automation date an automated key's weeks are read: the weeks savings compare. */
export const BEFORE_AUTOMATION_MS = 5 * WEEK_MS + 2 * 86_400_000;

const round = (n: number | null, digits: number) =>
  n === null ? null : Math.round(n * 10 ** digits) / 10 ** digits;
const hours = (minutes: number | null) => round(minutes === null ? null : minutes / 60, 2);

/**
 * What the team's automated chores save, as of `asOf`, from the team's weekly totals (the weeks before
 * each automation, and the recent ones). A chore is listed under the leaderboard's minPeople rule applied
 * to the weeks its figures read: at least `minPeople` members logged it in one of them.
 */
export function dashboardSavings(
  keys: readonly KeyRow[],
  rows: readonly TotalRow[],
  asOf: number,
  settings: RankingSettings,
  minPeople: number,
) {
  const cells = new Map<string, TotalRow>();
  for (const r of rows) cells.set(`${r.chore_key}|${r.week_start}`, r);
  const totals: WeeklyTotal[] = [...cells.values()].map((r) => ({
    choreId: r.chore_key,
    weekStart: r.week_start,
    occurrences: r.occurrences,
    minutes: r.minutes,
  }));
  const automated = keys.filter((k) => {
    if (k.status !== 'automated' || k.automated_at === null || k.automated_at >= asOf) return false;
    const { before, after } = savingsSpans(
      { createdAt: k.created_at, automatedAt: k.automated_at },
      asOf,
      settings,
    );
    const read = (w: number) => (w >= before.from && w < before.to) || (w >= after.from && w < after.to);
    let people = 0;
    for (const r of cells.values())
      if (r.chore_key === k.key && read(r.week_start)) people = Math.max(people, r.people);
    return people >= minPeople;
  });
  const measured = teamSavings(automated.map(teamChore), totals, asOf, settings);
  const byKey = new Map(automated.map((k) => [k.key, k]));
  const entries: TeamSummary['savings'] = measured.chores.map((s) => ({
    key: s.choreId,
    name: byKey.get(s.choreId)?.name ?? s.choreId,
    automatedAt: byKey.get(s.choreId)?.automated_at ?? 0,
    beforeHoursPerWeek: hours(s.beforeMinutesPerWeek),
    afterHoursPerWeek: hours(s.afterMinutesPerWeek),
    savedHoursPerYear: round(s.savedHoursPerYear, 1),
    paybackWeeks: round(s.paybackWeeks, 1),
    sentence: s.sentence,
  }));
  const saved = (e: (typeof entries)[number]) => e.savedHoursPerYear ?? Number.NEGATIVE_INFINITY;
  entries.sort((a, b) => saved(b) - saved(a) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return {
    entries,
    savedHoursPerYear: round(measured.savedHoursPerYear, 1) ?? 0,
    measured: measured.measured,
  };
}
