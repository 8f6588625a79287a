import type { WeeklyTotal } from './ranking';
import { weekIndex } from './weeks';

/**
 * A team's toil, week by week: logged time (context switches included, as the ranking counts it) and
 * its share of the working time of the members active in the week. Google's SRE teams keep toil under
 * half of each engineer's time (SRE book, ch. 5): TOIL_CAP.
 */

export const TOIL_CAP = 0.5;

/** That a member logged a chore key in a week: who was active, and on what. Never shown to anyone. */
export type MemberWeek = { weekStart: number; key: string; member: string };

export type TeamWeek = {
  start: number;
  end: number;
  /** Logged toil in the week, context switches included. */
  toilMinutes: number;
  /** Members who logged at least one counted occurrence in the week. */
  activeMembers: number;
  /** Working time of the active members: activeMembers x working hours per person. */
  workingMinutes: number;
  /** toilMinutes / workingMinutes; null when nobody was active. */
  share: number | null;
  /** The week is still running: its figures are so far, over the whole week's working time. */
  partial: boolean;
};

export type TeamWeeksInput = {
  /** Week boundaries as weekWindow gives them: week i is [bounds[i], bounds[i + 1]). */
  bounds: readonly number[];
  /** The team's weekly totals per chore key (choreId is the key). */
  totals: readonly WeeklyTotal[];
  members: readonly MemberWeek[];
  /** Whether a key's time counts in a week's total (countedInTotals). */
  counts: (key: string, weekStart: number) => boolean;
  contextSwitchMinutes: number;
  workingHoursPerWeek: number;
  now: number;
};

/** The team's toil and toil share in each week of `bounds`, oldest first. */
export function teamWeeks(input: TeamWeeksInput): TeamWeek[] {
  const { bounds, counts } = input;
  const weeks = bounds.length - 1;
  const toil = new Array<number>(weeks).fill(0);
  const active = Array.from({ length: weeks }, () => new Set<string>());
  for (const t of input.totals) {
    const w = weekIndex(bounds, t.weekStart);
    if (w < 0 || w >= weeks || !counts(t.choreId, t.weekStart)) continue;
    toil[w] = (toil[w] ?? 0) + t.minutes + t.occurrences * input.contextSwitchMinutes;
  }
  for (const m of input.members) {
    const w = weekIndex(bounds, m.weekStart);
    if (w >= 0 && w < weeks && counts(m.key, m.weekStart)) active[w]?.add(m.member);
  }
  return toil.map((toilMinutes, w) => {
    const activeMembers = active[w]?.size ?? 0;
    const workingMinutes = activeMembers * input.workingHoursPerWeek * 60;
    const end = bounds[w + 1] ?? input.now;
    return {
      start: bounds[w] ?? input.now,
      end,
      toilMinutes,
      activeMembers,
      workingMinutes,
      share: workingMinutes > 0 ? toilMinutes / workingMinutes : null,
      partial: end > input.now,
    };
  });
}

/** The share over several weeks: their toil over their working time (not a mean of weekly shares). */
export function shareOver(weeks: readonly TeamWeek[]): number | null {
  let toil = 0;
  let working = 0;
  for (const w of weeks) {
    toil += w.toilMinutes;
    working += w.workingMinutes;
  }
  return working > 0 ? toil / working : null;
}

/**
 * What a team total may count under the team's minPeople rule. Every key shown counts. The keys not
 * shown count together, and only in a week more than `minPeople` members logged them (minPeople + 1):
 * a member who subtracts the chores shown and their own hidden time from a total then learns at best the
 * sum of at least minPeople others, never one member's hidden time. (With only minPeople of them, one of
 * the two could be the member asking, and the rest would be the other's alone.) With minPeople 1,
 * nothing is hidden and everything logged counts.
 */
export function countedInTotals(
  members: readonly MemberWeek[],
  shown: (key: string) => boolean,
  minPeople: number,
): (key: string, weekStart: number) => boolean {
  if (minPeople <= 1) return () => true;
  const hiddenBy = new Map<number, Set<string>>();
  for (const m of members) {
    if (shown(m.key)) continue;
    const who = hiddenBy.get(m.weekStart) ?? new Set<string>();
    who.add(m.member);
    hiddenBy.set(m.weekStart, who);
  }
  return (key, weekStart) => shown(key) || (hiddenBy.get(weekStart)?.size ?? 0) > minPeople;
}

/** A key's time in each week of `bounds` (context switches included), oldest first. */
export function weeklyMinutesOf(
  key: string,
  bounds: readonly number[],
  totals: readonly WeeklyTotal[],
  contextSwitchMinutes: number,
): number[] {
  const minutes = new Array<number>(bounds.length - 1).fill(0);
  for (const t of totals) {
    const w = weekIndex(bounds, t.weekStart);
    if (t.choreId !== key || w < 0 || w >= minutes.length) continue;
    minutes[w] = (minutes[w] ?? 0) + t.minutes + t.occurrences * contextSwitchMinutes;
  }
  return minutes;
}
