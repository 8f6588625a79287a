import { tz } from '@date-fns/tz/tz';
import type { Day } from 'date-fns';
import { startOfWeek } from 'date-fns/startOfWeek';
import { localDateTime } from './local-time';

/**
 * Weeks in the user's time zone, starting on the user's week-start day. The calendar math is date-fns
 * (with @date-fns/tz); this file only strings its answers together. A week is usually 168 hours, but 167
 * or 169 across a daylight-saving change, and shorter still where a country skipped a day (Samoa, 2011).
 */

export const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

/** A week-start setting as date-fns wants it (0 Sunday ... 6 Saturday), from a value WeekStartSchema accepted. */
function asDay(weekStartsOn: number): Day {
  if (!Number.isInteger(weekStartsOn) || weekStartsOn < 0 || weekStartsOn > 6) {
    throw new RangeError(`week start must be 0 (Sunday) to 6 (Saturday), not ${weekStartsOn}`);
  }
  return weekStartsOn as Day;
}

/**
 * The instant the week holding `at` begins: local midnight on the week-start day, or the first instant
 * after it where a daylight-saving change skips midnight (Chile, Lebanon).
 */
export function weekStartOf(at: number, timeZone: string, weekStartsOn: number): number {
  return startOfWeek(at, { weekStartsOn: asDay(weekStartsOn), in: tz(timeZone) }).getTime();
}

// Each boundary is found on its own, from an instant well inside the neighbouring week, rather than by
// adding 7 days to the last one: a week that began at 01:00 because midnight did not exist must not make
// the next week begin at 01:00 too.
const nextWeekStart = (start: number, timeZone: string, weekStartsOn: number) =>
  weekStartOf(start + WEEK_MS + WEEK_MS / 2, timeZone, weekStartsOn);
const previousWeekStart = (start: number, timeZone: string, weekStartsOn: number) =>
  weekStartOf(start - WEEK_MS / 2, timeZone, weekStartsOn);

/** Recent windows: the popup ranks the same week again and again, and each boundary costs date-fns work. */
const windows: { timeZone: string; weekStartsOn: number; bounds: readonly number[] }[] = [];
const WINDOWS_KEPT = 16;

/**
 * The week holding `at` and the `weeksBefore` weeks before it, as `weeksBefore + 2` ascending boundaries:
 * the start of each week, then the end of the week holding `at`. Week i is [bounds[i], bounds[i + 1]).
 * A window already computed that holds the same weeks answers from its own boundaries: each boundary is
 * found on its own, so it is the same whichever window found it (the popup ranks over 9 weeks and lists
 * 16, the 9 being the last of the 16).
 */
export function weekWindow(
  at: number,
  weeksBefore: number,
  timeZone: string,
  weekStartsOn: number,
): readonly number[] {
  for (const w of windows) {
    if (w.timeZone !== timeZone || w.weekStartsOn !== weekStartsOn) continue;
    const i = weekIndex(w.bounds, at);
    if (i < weeksBefore || i >= w.bounds.length - 1) continue;
    if (i === w.bounds.length - 2 && weeksBefore === i) return w.bounds;
    return Object.freeze(w.bounds.slice(i - weeksBefore, i + 2));
  }
  const start = weekStartOf(at, timeZone, weekStartsOn);
  const bounds = [start, nextWeekStart(start, timeZone, weekStartsOn)];
  for (let i = 0; i < weeksBefore; i++) {
    bounds.unshift(previousWeekStart(bounds[0] ?? start, timeZone, weekStartsOn));
  }
  const frozen = Object.freeze(bounds);
  windows.unshift({ timeZone, weekStartsOn, bounds: frozen });
  windows.length = Math.min(windows.length, WINDOWS_KEPT);
  return frozen;
}

/**
 * Which week of `bounds` (from weekWindow) holds `at`: -1 before the first week, bounds.length - 1 at or
 * after the end of the last. Constant time, because a week is never more than a day off WEEK_MS; this
 * runs once per occurrence when ranking.
 */
export function weekIndex(bounds: readonly number[], at: number): number {
  const first = bounds[0] ?? Number.POSITIVE_INFINITY;
  const last = bounds.length - 1;
  if (at < first) return -1;
  if (at >= (bounds[last] ?? Number.NEGATIVE_INFINITY)) return last;
  let i = Math.min(last - 1, Math.floor((at - first) / WEEK_MS));
  while (at < (bounds[i] ?? first)) i--;
  while (at >= (bounds[i + 1] ?? Number.POSITIVE_INFINITY)) i++;
  return i;
}

const HOUR_MS = 60 * 60 * 1000;
const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

export type WeekTable = { weeks: Uint8Array; slotMs: number; from: number };

/**
 * For the hot loop of ranking: the week of every slot of time from bounds[0], a slot being the longest span
 * (an hour at most) that all boundaries fall on: an hour in most zones, half an hour where clocks move by
 * 30 minutes (Lord Howe Island). Finding the week of an occurrence becomes one lookup (weekAt).
 */
export function weekTable(bounds: readonly number[]): WeekTable {
  const from = bounds[0] ?? 0;
  const slotMs = bounds.reduce((g, b) => gcd(g, b - from), HOUR_MS);
  // Only clocks of the 1930s, off UTC by fractions of a second, or a window of years would fail this.
  if (slotMs < 1000 || bounds.length > 256)
    throw new RangeError('weeks must start on whole seconds, at most 255');
  const weeks = new Uint8Array(((bounds[bounds.length - 1] ?? from) - from) / slotMs);
  for (let i = 0; i + 1 < bounds.length; i++) {
    weeks.fill(i, ((bounds[i] ?? from) - from) / slotMs, ((bounds[i + 1] ?? from) - from) / slotMs);
  }
  return { weeks, slotMs, from };
}

/** weekIndex in constant time, for an instant from bounds[0] up to (not including) the last boundary. */
export function weekAt(weeks: Uint8Array, slotMs: number, from: number, at: number): number {
  return weeks[((at - from) / slotMs) | 0] ?? 0;
}

/**
 * How many weeks of `bounds` the span [from, to) covers, each week counted by the share of it covered:
 * from Monday 00:00 to Thursday 12:00 is half a week, whatever the week's length in hours.
 */
export function weeksCovered(bounds: readonly number[], from: number, to: number): number {
  let weeks = 0;
  for (let i = 0; i + 1 < bounds.length; i++) {
    const start = bounds[i] ?? 0;
    const end = bounds[i + 1] ?? 0;
    const overlap = Math.min(end, to) - Math.max(start, from);
    if (overlap > 0) weeks += overlap / (end - start);
  }
  return weeks;
}

/** The local calendar date a week starts on, as YYYY-MM-DD: how a user (and a URL) names a week. */
export function weekLabel(weekStart: number, timeZone: string): string {
  return localDateTime(weekStart, timeZone).date;
}
