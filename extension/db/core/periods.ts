import { tz } from '@date-fns/tz/tz';
import { addDays } from 'date-fns/addDays';
import { startOfDay } from 'date-fns/startOfDay';
import { weekLabel, weekStartOf, weekWindow } from '../../../shared/weeks';

/** A week in the user's time zone: [start, end), labelled by its first local date (YYYY-MM-DD). */
export type WeekRange = { start: number; end: number; label: string };

export function weekContaining(at: number, timeZone: string, weekStartsOn: number): WeekRange {
  const [start = at, end = at] = weekWindow(at, 0, timeZone, weekStartsOn);
  return { start, end, label: weekLabel(start, timeZone) };
}

/** The `count` weeks ending with the one holding `now`, oldest first. */
export function recentWeeks(now: number, count: number, timeZone: string, weekStartsOn: number): WeekRange[] {
  const bounds = weekWindow(now, Math.max(0, count - 1), timeZone, weekStartsOn);
  return bounds
    .slice(0, -1)
    .map((start, i) => ({ start, end: bounds[i + 1] ?? start, label: weekLabel(start, timeZone) }));
}

/** The local day holding `at` (23 or 25 hours long across a daylight-saving change). */
export function dayContaining(at: number, timeZone: string): { start: number; end: number } {
  const start = startOfDay(at, { in: tz(timeZone) });
  return { start: start.getTime(), end: addDays(start, 1).getTime() };
}

export { weekStartOf };
