import { WEEKS_PER_YEAR } from './automation';
import { formatDurationHours as formatHours, formatDuration as formatMinutes } from './duration';
import { LEARNING_DAYS, type Learning } from './learning';
import type { RankingSettings } from './model';
import type { RankedChore } from './ranking';
import { traitsLine } from './traits';
import { GROWTH_LOOKAHEAD_WEEKS, MIN_TREND_WEEKS } from './trend';

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

/** The week a ranking is for, as the user picked it. */
export type ShownWeek = 'this' | 'last';

/**
 * Over which weeks a weekly figure is averaged, in words. For this week, the current week counts by the
 * share of it already gone, so 3.4 weeks reads "the last 3 weeks and this week so far"; last week is over,
 * so its 4 weeks read "last week and the 3 before it".
 */
export function averagedOver(weeks: number, shown: ShownWeek = 'this'): string {
  if (shown === 'last') {
    const full = Math.max(1, Math.round(weeks));
    return full === 1 ? 'last week alone' : `average of last week and the ${full - 1} before it`;
  }
  if (weeks < 1.5) return 'this week';
  const full = Math.floor(weeks + 1e-9);
  if (weeks - full < 0.05) return `average of the last ${full} weeks`;
  return full === 1
    ? 'average of last week and this week so far'
    : `average of the last ${full} weeks and this week so far`;
}

/** "still learning: based on 2 entries over 1 day". */
export function learningPhrase(learning: Learning): string {
  const { entries, days } = learning;
  return `still learning: based on ${entries} ${plural(entries, 'entry', 'entries')} over ${days} ${plural(days, 'day', 'days')}`;
}

/** The figures behind a chore's rank, one readable line each, worded for the week shown. */
export function explainChore(r: RankedChore, settings: RankingSettings, shown: ShownWeek = 'this'): string[] {
  const lines: string[] = [];
  const settled = r.learning === null;
  if (r.learning) {
    lines.push(
      `${capitalise(learningPhrase(r.learning))}: a yearly figure needs ${LEARNING_DAYS} days of tracking and entries in two different weeks`,
    );
  } else {
    lines.push(
      `${formatTimes(r.occurrencesPerWeek)} a week, ${formatMinutes(r.minutesPerWeek)} a week (${averagedOver(r.weeksAveraged, shown)})`,
      `About ${formatHours(r.hoursPerYear)} a year, ${Math.round(r.contextSwitchShare * 100)}% of it refocusing (${settings.contextSwitchMinutes} min after each time)`,
    );
  }
  lines.push(`Annoyance ${r.annoyance}/5 weighs it x${r.annoyanceWeight}`);
  lines.push(...growthLines(r), traitsLine(r.traits));
  if (!r.traits.automatable && r.status !== 'automated') {
    lines.push('Not marked automatable: ranked as toil, but never picked to automate first');
  }
  if (!settled) return lines;
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

/** Whether growth weighs: only for a chore marked as growing with the service (trend.ts). */
function growthLines(r: RankedChore): string[] {
  const weeks = r.trend.weeklyMinutes.length;
  const slope = `about ${formatMinutes(r.trend.slopeMinutesPerWeek)} more each week over the last ${weeks} weeks`;
  if (r.traits.scalesLinearly) {
    if (r.growthWeight > 1) {
      return [
        `Grows with the service, ${slope}: weighs it x${round(r.growthWeight, 2)} (its cost ${GROWTH_LOOKAHEAD_WEEKS} weeks ahead at this pace)`,
      ];
    }
    return weeks < MIN_TREND_WEEKS
      ? [
          `Grows with the service: too few complete weeks (${weeks}) to measure how fast, so no extra weight yet`,
        ]
      : [`Grows with the service, but steady over the last ${weeks} weeks: no extra weight`];
  }
  return r.trend.growing
    ? [`Growing: ${slope} (not marked as growing with the service, so it adds no weight)`]
    : [];
}

/** Whom a recommendation speaks to: the user (the extension), or a team and the people the chore touches. */
export type Audience = { people: number } | null;

/** One plain sentence saying why this chore should be automated first (to the user or a team), or that it only leads so far. */
export function recommendationSentence(
  r: RankedChore,
  settings: RankingSettings,
  team: Audience = null,
): string {
  if (r.learning) {
    return `“${r.name}” leads so far, but it is ${learningPhrase(r.learning)}: too little for a yearly figure yet.`;
  }
  const verb = r.status === 'automating' ? 'Finish automating' : 'Automate';
  const growing = r.trend.growing ? ' and keeps growing' : '';
  const whose = team ? 'the team’s' : 'your';
  const payback =
    r.paybackWeeks === null ? '' : `; ${whose} estimate pays back in ${formatWeeks(r.paybackWeeks)}`;
  const cost = team
    ? `costs the team about ${formatHours(r.hoursPerYear)} a year across ${team.people} ${plural(team.people, 'person', 'people')}`
    : `costs you about ${formatHours(r.hoursPerYear)} a year`;
  return (
    `${verb} “${r.name}” first: it ${cost} ` +
    `(${formatTimes(r.occurrencesPerWeek)} a week)${growing}, and up to ${formatHours(r.breakEvenHours)} ` +
    `spent automating it would still pay off within ${years(settings.horizonYears)}${payback}.`
  );
}

const capitalise = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
