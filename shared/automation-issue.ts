import { averagedOver, formatHours, formatMinutes, formatTimes, formatWeeks } from './explain';
import type { IssueText } from './forge';
import type { RankingSettings } from './model';
import type { RankedChore } from './ranking';

/**
 * "Copy as issue": a chore's measured cost as a Markdown issue the user files themselves, so that the
 * evidence travels with the request to automate it. English, like the rest of the wording.
 */

export type IssueInput = {
  ranked: RankedChore;
  settings: RankingSettings;
  /** Entries behind the figures that were estimated from browser history (source 'discovered'). */
  estimated?: number;
  now: number;
};

/**
 * A chore name as Markdown that reads as typed: no emphasis, link, table cell, HTML, mention (@team) or
 * issue reference (#12), on one line.
 */
export function markdownText(text: string): string {
  return text.replace(/[\\`*_[\]<>#|~&@]/g, '\\$&').replace(/\s+/g, ' ');
}

const years = (n: number) => `${n} ${n === 1 ? 'year' : 'years'}`;

function payback(r: RankedChore): string {
  const estimate = r.automationEstimateHours;
  if (estimate === null) return 'no estimate yet: set one on the chore to see when it pays back';
  return r.paybackWeeks === null
    ? `the ${formatHours(estimate)} estimate never pays back`
    : `the ${formatHours(estimate)} estimate pays back in ${formatWeeks(r.paybackWeeks)}`;
}

function evidence(r: RankedChore, settings: RankingSettings): [string, string][] {
  const perTime = r.occurrencesPerWeek > 0 ? r.minutesPerWeek / r.occurrencesPerWeek : 0;
  return [
    ['How often', `${formatTimes(r.occurrencesPerWeek)} a week (${averagedOver(r.weeksAveraged)})`],
    [
      'Minutes',
      `about ${formatMinutes(perTime)} each time, ${formatMinutes(r.minutesPerWeek)} a week, plus ${settings.contextSwitchMinutes} min refocusing after each time`,
    ],
    [
      'Hours a year',
      `${formatHours(r.hoursPerYear)}, ${Math.round(r.contextSwitchShare * 100)}% of it refocusing`,
    ],
    [
      'Trend',
      r.trend.growing
        ? `growing: about ${formatMinutes(r.trend.slopeMinutesPerWeek)} more each week over ${r.trend.weeklyMinutes.length} weeks`
        : r.trend.weeklyMinutes.length >= 4
          ? `steady over ${r.trend.weeklyMinutes.length} weeks`
          : 'too few complete weeks to tell',
    ],
    [
      'Break-even budget',
      r.breakEvenHours > 0
        ? `up to ${formatHours(r.breakEvenHours)} of automation work pays off over ${years(settings.horizonYears)}${r.upkeepHoursPerYear ? `, after ${formatHours(r.upkeepHoursPerYear)} a year of upkeep` : ''}`
        : `none: not worth automating over ${years(settings.horizonYears)}`,
    ],
    ['Payback', payback(r)],
    ['Annoyance', `${r.annoyance}/5`],
  ];
}

/** The issue for one ranked chore: title, measured evidence as a table, and what would count as done. */
export function automationIssue({ ranked: r, settings, estimated = 0, now }: IssueInput): IssueText {
  const name = r.name.replace(/\s+/g, ' ');
  const rows = evidence(r, settings).map(([what, value]) => `| ${what} | ${value} |`);
  const measured = new Date(now).toISOString().slice(0, 10);
  const estimates =
    estimated > 0
      ? ` ${estimated} of the entries behind these figures were estimated from browser history, not logged.`
      : '';
  const body = [
    `**${markdownText(name)}** is toil: done by hand, again and again. Measured with Toil Tracker on ${measured}.${estimates}`,
    '',
    '## Evidence',
    '',
    '| | |',
    '| --- | --- |',
    ...rows,
    '',
    'Hours a year count the refocusing after each time. The break-even budget is xkcd 1205’s: the time ' +
      'saved over the years the automation serves, less its upkeep.',
    '',
    '## Done when',
    '',
    `- [ ] ${markdownText(name)} runs without a person doing it (or is no longer needed).`,
    '- [ ] The chore is marked automated in Toil Tracker, with the hours the automation took.',
    '- [ ] In the weeks after, the time logged for it drops to about zero (Toil Tracker measures the savings).',
  ].join('\n');
  return { title: `Automate: ${name}`, body };
}
