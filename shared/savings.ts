import { paybackWeeks, WEEKS_PER_YEAR } from './automation';
import { formatDuration, formatDurationHours } from './duration';
import { shortDate } from './local-time';
import type { Chore, Occurrence, RankingSettings } from './model';
import type { WeeklyTotal } from './ranking';
import { WEEK_MS, weekIndex, weekStartOf, weeksCovered, weekWindow } from './weeks';

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

/** Time a week spent on `chore` in the weeks starting in [from, to), over `weeks` weeks. */
function rate(
  choreId: string,
  totals: readonly WeeklyTotal[],
  from: number,
  to: number,
  weeks: number,
  s: RankingSettings,
) {
  let minutes = 0;
  let count = 0;
  for (const t of totals) {
    if (t.choreId !== choreId || t.weekStart < from || t.weekStart >= to) continue;
    minutes += t.minutes;
    count += t.occurrences;
  }
  return (minutes + count * s.contextSwitchMinutes) / weeks;
}

/** Savings of an automated chore as of `now`, from its weekly totals; null for a chore not automated. */
export function measureSavingsFromTotals(
  chore: Chore,
  totals: readonly WeeklyTotal[],
  now: number,
  settings: RankingSettings,
): Savings | null {
  if (chore.status !== 'automated' || chore.automatedAt === undefined) return null;
  const { timeZone, weekStartsOn } = settings;
  const live = chore.automatedAt;

  // Before: the weeks ahead of the automation week, from the week the chore began to be tracked.
  const around = weekWindow(live, SAVINGS_WEEKS, timeZone, weekStartsOn);
  const beforeEnd = around[SAVINGS_WEEKS] ?? live;
  const beforeFrom = around[Math.max(0, weekIndex(around, chore.createdAt))] ?? beforeEnd;
  const weeksBefore = Math.round(weeksCovered(around, beforeFrom, beforeEnd));
  const before =
    weeksBefore > 0 ? rate(chore.id, totals, beforeFrom, beforeEnd, weeksBefore, settings) : null;

  // After: the most recent weeks after the automation week, this week counted by the share elapsed.
  const firstAfter = around[SAVINGS_WEEKS + 1] ?? now;
  const recent = weekWindow(now, SAVINGS_WEEKS - 1, timeZone, weekStartsOn);
  const afterFrom = Math.max(firstAfter, recent[0] ?? now);
  const weeksAfter = afterFrom < now ? weeksCovered(recent, afterFrom, now) : 0;
  const after = weeksAfter >= 1 ? rate(chore.id, totals, afterFrom, now + 1, weeksAfter, settings) : null;

  const saved = before !== null && after !== null ? before - after : null;
  const savedHoursPerYear = saved === null ? null : (saved * WEEKS_PER_YEAR) / 60;
  const weeksLive = Math.max(0, (now - live) / WEEK_MS);
  const back =
    savedHoursPerYear === null || chore.automationHours === undefined
      ? null
      : paybackWeeks(chore.automationHours, savedHoursPerYear, chore.upkeepHoursPerYear);
  const measurableFrom = weekWindow(firstAfter, 0, timeZone, weekStartsOn)[1] ?? firstAfter;
  const payback = paybackOf(chore, saved, back, measurableFrom, now);
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
    payback,
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

/** savings from occurrences: their weekly totals, as the rollups would hold them (up to `now`). */
export function measureSavings(
  chore: Chore,
  occurrences: readonly Occurrence[],
  now: number,
  settings: RankingSettings,
): Savings | null {
  const cells = new Map<number, WeeklyTotal>();
  for (const o of occurrences) {
    if (o.deleted || o.choreId !== chore.id || o.at > now) continue;
    const weekStart = weekStartOf(o.at, settings.timeZone, settings.weekStartsOn);
    const cell = cells.get(weekStart) ?? { choreId: chore.id, weekStart, occurrences: 0, minutes: 0 };
    cell.occurrences += 1;
    cell.minutes += Math.round(o.minutes * 60) / 60;
    cells.set(weekStart, cell);
  }
  return measureSavingsFromTotals(chore, [...cells.values()], now, settings);
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
