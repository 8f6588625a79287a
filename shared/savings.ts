import { paybackWeeks, WEEKS_PER_YEAR } from './automation';
import { formatDuration, formatDurationHours } from './duration';
import { shortDate } from './local-time';
import type { Chore, Occurrence, RankingSettings } from './model';
import type { WeeklyTotal } from './ranking';
import { WEEK_MS, weekIndex, weeksCovered, weekWindow } from './weeks';

/**
 * Closing the loop: what an automation really saves, measured as time a week before it against time a
 * week after (context switches included). The week it went live is mixed, so it counts on neither side.
 * Weekly totals are enough (whole weeks on both sides), so the popup measures it from its rollups.
 */

export const SAVINGS_WEEKS = 4;

/** Where the hours it took to build stand: paid back (a date passed), pending, or why there is no date. */
export type Payback =
  | { kind: 'paid'; at: number }
  | { kind: 'pending'; at: number }
  | { kind: 'never' }
  | { kind: 'not-saving' }
  | { kind: 'too-early'; measurableFrom: number }
  | { kind: 'no-build-hours' };

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
  /** The saving a week times the weeks since it went live (never below 0); null until it can be measured. */
  savedHoursSoFar: number | null;
  /** Weeks the build time (automationHours) takes to pay back at the measured saving, upkeep subtracted. */
  paybackWeeks: number | null;
  payback: Payback;
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
 * measurableFrom: when the first full week after it ends, the first moment a saving can be measured.
 */
export function savingsSpans(
  chore: Pick<Chore, 'createdAt'> & { automatedAt: number },
  now: number,
  { timeZone, weekStartsOn }: Pick<RankingSettings, 'timeZone' | 'weekStartsOn'>,
): { before: Span; after: Span; measurableFrom: number } {
  const around = weekWindow(chore.automatedAt, SAVINGS_WEEKS, timeZone, weekStartsOn);
  const beforeEnd = around[SAVINGS_WEEKS] ?? chore.automatedAt;
  const beforeFrom = around[Math.max(0, weekIndex(around, chore.createdAt))] ?? beforeEnd;
  const firstAfter = around[SAVINGS_WEEKS + 1] ?? now;
  const recent = weekWindow(now, SAVINGS_WEEKS - 1, timeZone, weekStartsOn);
  const afterFrom = Math.max(firstAfter, recent[0] ?? now);
  return {
    before: {
      from: beforeFrom,
      to: beforeEnd,
      weeks: Math.round(weeksCovered(around, beforeFrom, beforeEnd)),
    },
    after: { from: afterFrom, to: now, weeks: afterFrom < now ? weeksCovered(recent, afterFrom, now) : 0 },
    measurableFrom: weekWindow(firstAfter, 0, timeZone, weekStartsOn)[1] ?? firstAfter,
  };
}

/** The one implementation of both: time a week before the automation week against the recent weeks after it. */
function savingsOf(chore: Chore, logged: Logged, now: number, settings: RankingSettings): Savings | null {
  if (chore.status !== 'automated' || chore.automatedAt === undefined) return null;
  const rate = ({ from, to, weeks }: Span) => {
    const { seconds, count } = logged(from, to);
    return (seconds / 60 + count * settings.contextSwitchMinutes) / weeks;
  };
  const live = chore.automatedAt;
  const spans = savingsSpans({ createdAt: chore.createdAt, automatedAt: live }, now, settings);
  const weeksBefore = spans.before.weeks;
  const weeksAfter = spans.after.weeks;
  const before = weeksBefore > 0 ? rate(spans.before) : null;
  const after = weeksAfter >= 1 ? rate(spans.after) : null;

  const saved = before !== null && after !== null ? before - after : null;
  const savedHoursPerYear = saved === null ? null : (saved * WEEKS_PER_YEAR) / 60;
  const weeksLive = Math.max(0, (now - live) / WEEK_MS);
  const back =
    savedHoursPerYear === null || chore.automationHours === undefined
      ? null
      : paybackWeeks(chore.automationHours, savedHoursPerYear, chore.upkeepHoursPerYear);
  const savings = {
    choreId: chore.id,
    beforeMinutesPerWeek: before,
    weeksBefore,
    afterMinutesPerWeek: after,
    weeksAfter,
    savedMinutesPerWeek: saved,
    savedHoursPerYear,
    savedHoursSoFar: saved === null ? null : (Math.max(0, saved) * weeksLive) / 60,
    paybackWeeks: back,
    payback: paybackOf(chore, saved, back, spans.measurableFrom, now),
  };
  return { ...savings, sentence: savingsSentence(chore, savings, settings, now) };
}

function paybackOf(
  chore: Chore,
  saved: number | null,
  back: number | null,
  measurableFrom: number,
  now: number,
): Payback {
  if (saved === null) return { kind: 'too-early', measurableFrom };
  if (saved <= 0) return { kind: 'not-saving' };
  if (chore.automationHours === undefined) return { kind: 'no-build-hours' };
  if (back === null) return { kind: 'never' };
  const at = (chore.automatedAt ?? now) + back * WEEK_MS;
  return at <= now ? { kind: 'paid', at } : { kind: 'pending', at };
}

/** The payback in a few words: "paid back on 12 Jan", "pays back around 3 Mar", "too early to tell". */
export function paybackPhrase(p: Payback, timeZone: string, now: number): string {
  switch (p.kind) {
    case 'paid':
      return `paid back on ${shortDate(p.at, timeZone, now)}`;
    case 'pending':
      return `pays back around ${shortDate(p.at, timeZone, now)}`;
    case 'never':
      return 'never pays back after upkeep';
    case 'not-saving':
      return 'not saving time yet';
    case 'too-early':
      return `too early to tell (measured from ${shortDate(p.measurableFrom, timeZone, now)})`;
    case 'no-build-hours':
      return 'add the hours it took for a payback date';
  }
}

function savingsSentence(
  chore: Chore,
  s: Omit<Savings, 'sentence'>,
  settings: RankingSettings,
  now: number,
): string {
  const name = `“${chore.name}”`;
  if (s.beforeMinutesPerWeek === null)
    return `${name} was automated before any week of it was tracked: nothing to compare.`;
  if (s.afterMinutesPerWeek === null || s.savedMinutesPerWeek === null)
    return `${name} went live recently: ${paybackPhrase(s.payback, settings.timeZone, now)}, after a full week.`;
  const change = `from ${formatDuration(s.beforeMinutesPerWeek)} to ${formatDuration(s.afterMinutesPerWeek)} a week`;
  if (s.savedMinutesPerWeek <= 0) return `Automating ${name} has not saved time yet: ${change}.`;
  const took = `the ${formatDurationHours(chore.automationHours ?? 0)} it took`;
  const date = (at: number) => shortDate(at, settings.timeZone, now);
  const back =
    s.payback.kind === 'paid'
      ? `; ${took} paid back on ${date(s.payback.at)}`
      : s.payback.kind === 'pending'
        ? `; ${took} will pay back around ${date(s.payback.at)}`
        : s.payback.kind === 'never'
          ? `; after upkeep, ${took} never pay back`
          : '';
  return `Automating ${name} saves ${formatDurationHours(s.savedHoursPerYear ?? 0)} a year (${change})${back}.`;
}
