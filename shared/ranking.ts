import { breakEvenHours, paybackWeeks, WEEKS_PER_YEAR } from './automation';
import { type Learning, learningOf } from './learning';
import type { Chore, ChoreStatus, Occurrence, RankingSettings, Traits } from './model';
import { pickOf } from './pick';
import { traitsWithDefaults } from './traits';
import { growthWeight, type Trend, trendOf } from './trend';
import { weekAt, weekIndex, weekLabel, weeksCovered, weekTable, weekWindow } from './weeks';

/**
 * Pain ranking: which chores hurt most, and which to automate first. Pain is the time a chore takes in a
 * year (its own minutes plus a context switch per occurrence), weighted by how annoying it is and, for a
 * chore marked as growing with the service, by its measured growth (trend.ts). The rate is averaged over
 * the last SMOOTHING_WEEKS weeks so that one busy week does not reorder everything. A chore with too
 * little history for that average is still learning (learning.ts); which chore to automate first, and
 * which never, is pick.ts.
 */

export const SMOOTHING_WEEKS = 4;
export const TREND_WEEKS = 8;
/** Weight of annoyance 1 to 5: a chore rated 5 hurts three times as much as the same time rated 1. */
export const ANNOYANCE_WEIGHTS = [0.5, 0.75, 1, 1.25, 1.5] as const;

export type RankInput = {
  chores: readonly Chore[];
  occurrences: readonly Occurrence[];
  /** The ranking is for the week holding `now`; occurrences after it are not counted. */
  now: number;
  settings: RankingSettings;
};

export type RankedChore = {
  choreId: string;
  name: string;
  key: string;
  status: ChoreStatus;
  annoyance: number;
  /** The six traits of toil as the user marked them: automatable and scalesLinearly change the ranking. */
  traits: Traits;
  /** Too little history for a yearly figure (learning.ts): what the figures are based on; else null. */
  learning: Learning | null;
  /** What was logged in the ranked week so far. */
  thisWeek: { occurrences: number; minutes: number };
  /** Averages over the last SMOOTHING_WEEKS weeks (fewer for a chore tracked for less long). */
  occurrencesPerWeek: number;
  minutesPerWeek: number;
  weeksAveraged: number;
  /** Minutes a week lost refocusing: occurrences x the context-switch cost. */
  switchMinutesPerWeek: number;
  /** Share of the chore's time that is refocusing, 0 to 1. */
  contextSwitchShare: number;
  /** Projected hours a year, context switches included. */
  hoursPerYear: number;
  annoyanceWeight: number;
  /** 1, or more for a chore marked as growing with the service that the trend finds growing (trend.ts). */
  growthWeight: number;
  /** hoursPerYear x annoyanceWeight x growthWeight: the sort key. */
  pain: number;
  trend: Trend;
  /** xkcd 1205: hours worth spending on automating it over the horizon, upkeep subtracted. */
  breakEvenHours: number;
  upkeepHoursPerYear: number;
  /** The user's estimate of the hours automating it takes (chores not yet automated). */
  automationEstimateHours: number | null;
  /** Weeks for that estimate to pay back; null without an estimate, or when it never does. */
  paybackWeeks: number | null;
};

export type Recommendation = {
  choreId: string;
  sentence: string;
  /** Every candidate is still learning: this one leads so far, with no yearly figure yet. */
  learning: boolean;
};

export type Ranking = {
  week: { start: number; end: number; label: string };
  /** The ranked week is still going on (its last part not yet lived): "this week so far". */
  weekInProgress: boolean;
  /** Most painful first; explainChore() puts a chore's figures into words. */
  chores: RankedChore[];
  /** What to automate first (pick.ts); null when nothing qualifies. */
  recommendation: Recommendation | null;
};

type Tally = { seconds: Float64Array; counts: Uint32Array; weeks: number };

/**
 * Sums seconds and counts per chore and week in one pass over the occurrences. Seconds are whole numbers,
 * so the sums do not depend on the order of the input (floating-point addition would).
 */
function tally(
  occurrences: readonly Occurrence[],
  index: ReadonlyMap<string, number>,
  bounds: readonly number[],
  now: number,
): Tally {
  const weeks = bounds.length - 1;
  const seconds = new Float64Array(index.size * weeks);
  const counts = new Uint32Array(index.size * weeks);
  const from = bounds[0] ?? now;
  const { weeks: table, slotMs } = weekTable(bounds);
  for (const o of occurrences) {
    const at = o.at;
    if (o.deleted || at < from || at > now) continue;
    const chore = index.get(o.choreId);
    if (chore === undefined) continue;
    const cell = chore * weeks + weekAt(table, slotMs, from, at);
    seconds[cell] = (seconds[cell] ?? 0) + Math.round(o.minutes * 60);
    counts[cell] = (counts[cell] ?? 0) + 1;
  }
  return { seconds, counts, weeks };
}

function describe(
  chore: Chore,
  row: number,
  t: Tally,
  bounds: readonly number[],
  input: Pick<RankInput, 'now' | 'settings'>,
): RankedChore {
  const { now, settings } = input;
  const switchCost = settings.contextSwitchMinutes;
  const base = row * t.weeks;
  const current = t.weeks - 1;
  const { seconds, counts } = t;

  // Tracking starts in the week the chore was created (import dates it back to its first occurrence).
  const created = Math.min(Math.max(0, weekIndex(bounds, chore.createdAt)), current);
  const first = current - (SMOOTHING_WEEKS - 1);
  let secondsSum = 0;
  let count = 0;
  for (let w = first; w <= current; w++) {
    secondsSum += seconds[base + w] ?? 0;
    count += counts[base + w] ?? 0;
  }
  let entries = 0;
  let weeksWithEntries = 0;
  for (let w = 0; w <= current; w++) {
    const n = counts[base + w] ?? 0;
    entries += n;
    if (n > 0) weeksWithEntries++;
  }
  const minutes = secondsSum / 60;
  const weeksAveraged = Math.max(1, weeksCovered(bounds, bounds[Math.max(first, created)] ?? now, now));
  const minutesPerWeek = minutes / weeksAveraged;
  const occurrencesPerWeek = count / weeksAveraged;
  const switchMinutesPerWeek = occurrencesPerWeek * switchCost;
  const timePerWeek = minutesPerWeek + switchMinutesPerWeek;
  const hoursPerYear = (timePerWeek * WEEKS_PER_YEAR) / 60;
  const annoyanceWeight = ANNOYANCE_WEIGHTS[chore.annoyance - 1] ?? 1;

  // The trend reads complete weeks only, from the first week the chore was tracked in full.
  const weekly: number[] = [];
  for (let w = chore.createdAt > (bounds[created] ?? 0) ? created + 1 : created; w < current; w++) {
    weekly.push((seconds[base + w] ?? 0) / 60 + (counts[base + w] ?? 0) * switchCost);
  }

  const trend = trendOf(weekly);
  const growth = growthWeight(trend, timePerWeek, chore.traits.scalesLinearly);
  const upkeep = chore.upkeepHoursPerYear ?? 0;
  const estimate = chore.status === 'automated' ? null : (chore.automationEstimateHours ?? null);
  return {
    choreId: chore.id,
    name: chore.name,
    key: chore.key,
    status: chore.status,
    annoyance: chore.annoyance,
    traits: traitsWithDefaults(chore.traits, entries),
    learning: learningOf({ createdAt: chore.createdAt, now, entries, weeksWithEntries }),
    thisWeek: { occurrences: counts[base + current] ?? 0, minutes: (seconds[base + current] ?? 0) / 60 },
    occurrencesPerWeek,
    minutesPerWeek,
    weeksAveraged,
    switchMinutesPerWeek,
    contextSwitchShare: timePerWeek > 0 ? switchMinutesPerWeek / timePerWeek : 0,
    hoursPerYear,
    annoyanceWeight,
    growthWeight: growth,
    pain: hoursPerYear * annoyanceWeight * growth,
    trend,
    breakEvenHours: breakEvenHours({
      runsPerYear: occurrencesPerWeek * WEEKS_PER_YEAR,
      minutesPerRun: count > 0 ? minutes / count + switchCost : 0,
      horizonYears: settings.horizonYears,
      upkeepHoursPerYear: upkeep,
    }),
    upkeepHoursPerYear: upkeep,
    automationEstimateHours: estimate,
    paybackWeeks: estimate === null ? null : paybackWeeks(estimate, hoursPerYear, upkeep),
  };
}

function byPain(a: RankedChore, b: RankedChore): number {
  if (a.pain !== b.pain) return b.pain - a.pain;
  if (a.hoursPerYear !== b.hoursPerYear) return b.hoursPerYear - a.hoursPerYear;
  if (a.key !== b.key) return a.key < b.key ? -1 : 1;
  return a.choreId < b.choreId ? -1 : a.choreId > b.choreId ? 1 : 0;
}

/**
 * Ranks the live chores (not deleted, not archived) by pain, most painful first, and picks one to automate.
 * Chore ids are unique, as stored; occurrences that are deleted, in the future or of no live chore do
 * not count.
 */
export function rankChores(input: RankInput): Ranking {
  const { bounds, chores, index } = prepare(input);
  return rankTally(chores, tally(input.occurrences, index, bounds, input.now), bounds, input);
}

/** A chore's minutes and occurrences in one week: the rollups the extension and the sync server keep. */
export type WeeklyTotal = { choreId: string; weekStart: number; occurrences: number; minutes: number };

export type RankWeekInput = Omit<RankInput, 'occurrences'> & { totals: readonly WeeklyTotal[] };

/**
 * rankChores from weekly totals instead of occurrences, so that a caller keeping per-week rollups reads a
 * bounded number of rows whatever the size of the history. Same figures as rankChores over the same
 * occurrences, except that a total counts its whole week (rankChores skips occurrences dated after `now`).
 */
export function rankWeek(input: RankWeekInput): Ranking {
  const { bounds, chores, index } = prepare(input);
  const weeks = bounds.length - 1;
  const seconds = new Float64Array(index.size * weeks);
  const counts = new Uint32Array(index.size * weeks);
  for (const total of input.totals) {
    const chore = index.get(total.choreId);
    const week = weekIndex(bounds, total.weekStart);
    if (chore === undefined || week < 0 || week >= weeks) continue;
    const cell = chore * weeks + week;
    seconds[cell] = (seconds[cell] ?? 0) + Math.round(total.minutes * 60);
    counts[cell] = (counts[cell] ?? 0) + total.occurrences;
  }
  return rankTally(chores, { seconds, counts, weeks }, bounds, input);
}

/** The weeks a ranking reads (TREND_WEEKS before the one holding `now`) and its live chores, indexed. */
function prepare(input: Pick<RankInput, 'chores' | 'now' | 'settings'>) {
  const { timeZone, weekStartsOn } = input.settings;
  const bounds = weekWindow(input.now, TREND_WEEKS, timeZone, weekStartsOn);
  const chores = input.chores.filter((c) => !c.deleted && !c.archived);
  const index = new Map<string, number>();
  for (const [row, c] of chores.entries()) index.set(c.id, row);
  return { bounds, chores, index };
}

function rankTally(
  chores: readonly Chore[],
  t: Tally,
  bounds: readonly number[],
  input: Pick<RankInput, 'now' | 'settings'>,
): Ranking {
  const ranked = chores.map((c, row) => describe(c, row, t, bounds, input)).sort(byPain);
  const start = bounds[TREND_WEEKS] ?? input.now;
  const end = bounds[TREND_WEEKS + 1] ?? input.now;
  return {
    week: { start, end, label: weekLabel(start, input.settings.timeZone) },
    // rankWeek's callers rank a past week as of its last instant (end - 1): that week is over.
    weekInProgress: input.now < end - 1,
    chores: ranked,
    recommendation: pickOf(ranked, input.settings),
  };
}
