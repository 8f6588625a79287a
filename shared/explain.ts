import { WEEKS_PER_YEAR } from './automation';
import { formatDurationHours as formatHours, formatDuration as formatMinutes } from './duration';
import type { RankingSettings } from './model';
import type { RankedChore } from './ranking';

/** The figures of a ranking in words a user can check. English only for now. */

const round = (n: number, digits: number) => {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
};
const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

/** 46 min, 1 h 7 min, 131 h: the one duration format (shared/duration.ts). */
export { formatDuration as formatMinutes, formatDurationHours as formatHours } from './duration';

/** under a week, 3 weeks, 4 months, 2.5 years. */
export function formatWeeks(weeks: number): string {
  if (weeks < 1) return 'under a week';
  if (weeks < 9) return `${Math.round(weeks)} ${plural(Math.round(weeks), 'week', 'weeks')}`;
  const months = weeks / (WEEKS_PER_YEAR / 12);
  if (months < 24) return `${Math.round(months)} months`;
  return `${round(months / 12, 1)} years`;
}

/** once, twice, 3 times, 2.5 times. */
export function formatTimes(count: number): string {
  const n = round(count, count < 10 ? 1 : 0);
  return n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`;
}

const years = (n: number) => `${round(n, 1)} ${plural(n, 'year', 'years')}`;

/**
 * Over which weeks a weekly figure is averaged, in words: the current week counts by the share of it
 * already gone, so 3.4 weeks reads "the last 3 weeks and this week so far".
 */
export function averagedOver(weeks: number): string {
  if (weeks < 1.5) return 'this week';
  const full = Math.floor(weeks + 1e-9);
  if (weeks - full < 0.05) return `average of the last ${full} weeks`;
  return full === 1
    ? 'average of last week and this week so far'
    : `average of the last ${full} weeks and this week so far`;
}

/** The figures behind a chore's rank, one readable line each. */
export function explainChore(r: RankedChore, settings: RankingSettings): string[] {
  const averaged = averagedOver(r.weeksAveraged);
  const lines = [
    `${formatTimes(r.occurrencesPerWeek)} a week, ${formatMinutes(r.minutesPerWeek)} a week (${averaged})`,
    `About ${formatHours(r.hoursPerYear)} a year, ${Math.round(r.contextSwitchShare * 100)}% of it refocusing (${settings.contextSwitchMinutes} min after each time)`,
    `Annoyance ${r.annoyance}/5 weighs it x${r.annoyanceWeight}`,
  ];
  if (r.trend.growing) {
    lines.push(
      `Growing: about ${formatMinutes(r.trend.slopeMinutesPerWeek)} more each week over the last ${r.trend.weeklyMinutes.length} weeks`,
    );
  }
  const upkeep = r.upkeepHoursPerYear ? ` after ${formatHours(r.upkeepHoursPerYear)} a year of upkeep` : '';
  lines.push(
    r.breakEvenHours > 0
      ? `Worth up to ${formatHours(r.breakEvenHours)} of automation over ${years(settings.horizonYears)}${upkeep}`
      : `Not worth automating over ${years(settings.horizonYears)}${upkeep}`,
  );
  const estimate = r.automationEstimateHours;
  if (estimate !== null) {
    lines.push(
      r.paybackWeeks === null
        ? `The ${formatHours(estimate)} estimate to automate it never pays back`
        : `The ${formatHours(estimate)} estimate to automate it pays back in ${formatWeeks(r.paybackWeeks)}`,
    );
  }
  return lines;
}

/** One plain sentence saying why this chore should be automated first. */
export function recommendationSentence(r: RankedChore, settings: RankingSettings): string {
  const verb = r.status === 'automating' ? 'Finish automating' : 'Automate';
  const growing = r.trend.growing ? ' and keeps growing' : '';
  const payback =
    r.paybackWeeks === null ? '' : `; your estimate pays back in ${formatWeeks(r.paybackWeeks)}`;
  return (
    `${verb} “${r.name}” first: it costs you about ${formatHours(r.hoursPerYear)} a year ` +
    `(${formatTimes(r.occurrencesPerWeek)} a week)${growing}, and up to ${formatHours(r.breakEvenHours)} ` +
    `spent automating it would still pay off within ${years(settings.horizonYears)}${payback}.`
  );
}
