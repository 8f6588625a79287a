import type { TotalRow } from './rank-team';

/** People affected are counted over the ranked week and the 3 before it. */
export const PEOPLE_WEEKS = 4;

/**
 * People affected per key: the most distinct members reporting it in any one of the last PEOPLE_WEEKS
 * weeks of `bounds` (distinct counts do not add up across weeks; this is a lower bound of the people over
 * the month). `bounds` are week boundaries as weekWindow gives them, the ranked week last.
 */
export function recentPeople(totals: TotalRow[], bounds: readonly number[]): Map<string, number> {
  const recent = new Set(bounds.slice(-PEOPLE_WEEKS - 1, -1));
  const people = new Map<string, number>();
  for (const t of totals) {
    if (recent.has(t.week_start)) people.set(t.chore_key, Math.max(people.get(t.chore_key) ?? 0, t.people));
  }
  return people;
}

/**
 * The team's rule for what any member or view link may see of a chore key: reported by at least
 * `minPeople` people (recentPeople). The leaderboard and the catalogue both apply exactly this.
 */
export const shownTo = (people: Map<string, number>, minPeople: number) => (key: string) =>
  (people.get(key) ?? 0) >= minPeople;
