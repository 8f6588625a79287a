import type { Chore, RankingSettings } from './model';
import type { WeeklyTotal } from './ranking';
import { measureSavingsFromTotals, type Savings } from './savings';

export type TeamSavings = {
  /** One per automated chore, in the order given. */
  chores: Savings[];
  /** What the automations measured so far save a year, together (a loss counts against). */
  savedHoursPerYear: number;
  /** How many of them have a measured saving (a week tracked before and a full week after). */
  measured: number;
};

/**
 * What a team's automated chores save, each measured from the team's weekly totals before and after
 * its automation date, with the arithmetic the extension uses for one person (shared/savings.ts).
 */
export function teamSavings(
  chores: readonly Chore[],
  totals: readonly WeeklyTotal[],
  now: number,
  settings: RankingSettings,
): TeamSavings {
  const measured = chores.flatMap((c) => measureSavingsFromTotals(c, totals, now, settings) ?? []);
  let savedHoursPerYear = 0;
  let count = 0;
  for (const s of measured) {
    if (s.savedHoursPerYear === null) continue;
    savedHoursPerYear += s.savedHoursPerYear;
    count++;
  }
  return { chores: measured, savedHoursPerYear, measured: count };
}
