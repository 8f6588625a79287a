import { paybackWeeks, WEEKS_PER_YEAR } from './automation';
import { formatHours, formatMinutes, formatWeeks } from './explain';
import type { Chore, Occurrence, RankingSettings } from './model';
import type { WeeklyTotal } from './ranking';
import { weekIndex, weeksCovered, weekWindow } from './weeks';

/**
 * Closing the loop: what an automation really saves, measured as time a week before it against time a
 * week after (context switches included). The week it went live is mixed, so it counts on neither side.
 */

export const SAVINGS_WEEKS = 4;

export type Savings = {
  choreId: string;
  /** Time a week over up to SAVINGS_WEEKS weeks before the automation week; null with no week tracked before. */
  beforeMinutesPerWeek: number | null;
  weeksBefore: number;
  /** Time a week over the most recent (up to SAVINGS_WEEKS) weeks after it; null until a full week has passed. */
  afterMinutesPerWeek: number | null;
  weeksAfter: number;
  savedMinutesPerWeek: number | null;
  savedHoursPerYear: number | null;
  /** Weeks the build time (automationHours) takes to pay back at the measured saving, upkeep subtracted. */
  paybackWeeks: number | null;
  sentence: string;
};

/** What was logged on the chore within [from, to): whole seconds (so sums do not depend on order) and runs. */
type Logged = (from: number, to: number) => { seconds: number; count: number };

/** Savings of an automated chore as of `now`, from its occurrences; null for a chore that is not automated. */
export function measureSavings(
  chore: Chore,
  occurrences: readonly Occurrence[],
  now: number,
  settings: RankingSettings,
): Savings | null {
  return savingsOf(
    chore,
    (from, to) => {
      let seconds = 0;
      let count = 0;
      for (const o of occurrences) {
        if (o.deleted || o.choreId !== chore.id || o.at < from || o.at >= to) continue;
        seconds += Math.round(o.minutes * 60);
        count++;
      }
      return { seconds, count };
    },
    now,
    settings,
  );
}

/**
 * measureSavings from weekly totals (the rollups the server keeps per team, week and chore key), so a
 * caller reads a few rows per week whatever the history. Every span it measures starts on a week
 * boundary, so the figures are measureSavings' over the same occurrences, except that this week's total
 * counts the whole week (measureSavings skips occurrences dated after `now`).
 */
export function measureSavingsFromTotals(
  chore: Chore,
  totals: readonly WeeklyTotal[],
  now: number,
  settings: RankingSettings,
): Savings | null {
  return savingsOf(
    chore,
    (from, to) => {
      let seconds = 0;
      let count = 0;
      for (const t of totals) {
        if (t.choreId !== chore.id || t.weekStart < from || t.weekStart >= to) continue;
        seconds += Math.round(t.minutes * 60);
        count += t.occurrences;
      }
      return { seconds, count };
    },
    now,
    settings,
  );
}

/** A span of time and how many weeks it counts for. */
export type Span = { from: number; to: number; weeks: number };

/**
 * The spans a saving compares, as of `now`: before, the weeks ahead of the automation week from the week
 * the chore began to be tracked (at most SAVINGS_WEEKS); after, the most recent weeks after the
 * automation week, this week counted by the share elapsed. The week it went live counts on neither side.
 */
export function savingsSpans(
  chore: Pick<Chore, 'createdAt'> & { automatedAt: number },
  now: number,
  { timeZone, weekStartsOn }: Pick<RankingSettings, 'timeZone' | 'weekStartsOn'>,
): { before: Span; after: Span } {
  const around = weekWindow(chore.automatedAt, SAVINGS_WEEKS, timeZone, weekStartsOn);
  const beforeEnd = around[SAVINGS_WEEKS] ?? chore.automatedAt;
  const beforeFrom = around[Math.max(0, weekIndex(around, chore.createdAt))] ?? beforeEnd;
  const recent = weekWindow(now, SAVINGS_WEEKS - 1, timeZone, weekStartsOn);
  const afterFrom = Math.max(around[SAVINGS_WEEKS + 1] ?? now, recent[0] ?? now);
  return {
    before: {
      from: beforeFrom,
      to: beforeEnd,
      weeks: Math.round(weeksCovered(around, beforeFrom, beforeEnd)),
    },
    after: { from: afterFrom, to: now, weeks: afterFrom < now ? weeksCovered(recent, afterFrom, now) : 0 },
  };
}

/** The one implementation of both: time a week before the automation week against the recent weeks after it. */
function savingsOf(chore: Chore, logged: Logged, now: number, settings: RankingSettings): Savings | null {
  if (chore.status !== 'automated' || chore.automatedAt === undefined) return null;
  const rate = ({ from, to, weeks }: Span) => {
    const { seconds, count } = logged(from, to);
    return (seconds / 60 + count * settings.contextSwitchMinutes) / weeks;
  };
  const spans = savingsSpans({ createdAt: chore.createdAt, automatedAt: chore.automatedAt }, now, settings);
  const weeksBefore = spans.before.weeks;
  const weeksAfter = spans.after.weeks;
  const before = weeksBefore > 0 ? rate(spans.before) : null;
  const after = weeksAfter >= 1 ? rate(spans.after) : null;

  const saved = before !== null && after !== null ? before - after : null;
  const savedHoursPerYear = saved === null ? null : (saved * WEEKS_PER_YEAR) / 60;
  const payback =
    savedHoursPerYear === null || chore.automationHours === undefined
      ? null
      : paybackWeeks(chore.automationHours, savedHoursPerYear, chore.upkeepHoursPerYear);
  const figures = { beforeMinutesPerWeek: before, weeksBefore, afterMinutesPerWeek: after, weeksAfter };
  return {
    choreId: chore.id,
    ...figures,
    savedMinutesPerWeek: saved,
    savedHoursPerYear,
    paybackWeeks: payback,
    sentence: savingsSentence(chore, figures, saved, payback),
  };
}

function savingsSentence(
  chore: Chore,
  f: Pick<Savings, 'beforeMinutesPerWeek' | 'afterMinutesPerWeek' | 'weeksBefore'>,
  saved: number | null,
  payback: number | null,
): string {
  const name = `“${chore.name}”`;
  if (f.beforeMinutesPerWeek === null)
    return `${name} was automated before any week of it was tracked: nothing to compare.`;
  if (f.afterMinutesPerWeek === null || saved === null)
    return `${name} was automated recently: come back after a full week.`;
  const change = `from ${formatMinutes(f.beforeMinutesPerWeek)} to ${formatMinutes(f.afterMinutesPerWeek)} a week`;
  if (saved <= 0) return `Automating ${name} has not saved time yet: ${change}.`;
  const back =
    chore.automationHours === undefined
      ? ''
      : payback === null
        ? `; after upkeep, the ${formatHours(chore.automationHours)} it took to build never pay off`
        : `; the ${formatHours(chore.automationHours)} it took to build paid off in ${formatWeeks(payback)}`;
  return `Automating ${name} saves ${formatHours((saved * WEEKS_PER_YEAR) / 60)} a year (${change})${back}.`;
}
