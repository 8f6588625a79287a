/**
 * Is it worth automating? xkcd 1205 ("Is It Worth the Time?"): over a horizon, the most you can spend
 * automating a task and still break even is horizon x runs per year x time saved per run. The comic
 * ignores upkeep; we subtract it, because an automation that needs tending saves less than it seems.
 */

/** Mean Gregorian year: the comic's "daily" is 365.2425 runs a year, "weekly" 52.18. */
export const DAYS_PER_YEAR = 365.2425;
export const WEEKS_PER_YEAR = DAYS_PER_YEAR / 7;

export type BreakEven = {
  /** How often the chore is done. */
  runsPerYear: number;
  /** Time each run costs, context switch included: all of it is saved when a machine does it. */
  minutesPerRun: number;
  /** Years the automation is expected to serve. */
  horizonYears: number;
  /** Hours a year the automation needs to keep working. */
  upkeepHoursPerYear?: number;
};

/** Hours you can spend automating and still come out even over the horizon; negative when upkeep eats the savings. */
export function breakEvenHours({
  runsPerYear,
  minutesPerRun,
  horizonYears,
  upkeepHoursPerYear = 0,
}: BreakEven): number {
  return horizonYears * ((runsPerYear * minutesPerRun) / 60 - upkeepHoursPerYear);
}

/**
 * Weeks until an automation that took (or will take) `buildHours` has given back that time, saving
 * `savedHoursPerYear` less its upkeep; null when it never does.
 */
export function paybackWeeks(
  buildHours: number,
  savedHoursPerYear: number,
  upkeepHoursPerYear = 0,
): number | null {
  const netPerWeek = (savedHoursPerYear - upkeepHoursPerYear) / WEEKS_PER_YEAR;
  return netPerWeek > 0 ? buildHours / netPerWeek : null;
}
