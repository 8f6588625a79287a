import { tz } from '@date-fns/tz';
import { startOfDay, subWeeks } from 'date-fns';
import { weekAt, weekTable, weekWindow } from '../weeks';
import { DISCOVERY } from './rules';

/**
 * The stretch of history discovery reads, and the user's days and weeks in it: "on 2 days in 2 weeks"
 * counts local calendar days and the user's own weeks (time zone and week start), across
 * daylight-saving changes.
 */

export type DiscoveryWindow = { from: number; to: number; weeks: number };

/**
 * The last `weeks` weeks up to `now`: from the same wall-clock time `weeks` weeks ago. The extension asks
 * the browser's history for visits from `from` on. Throws a RangeError for a number of weeks the setting
 * does not allow (whole, DISCOVERY.minWindowWeeks to maxWindowWeeks).
 */
export function discoveryWindow(now: number, weeks: number, timeZone: string): DiscoveryWindow {
  const { minWindowWeeks: min, maxWindowWeeks: max } = DISCOVERY;
  if (!Number.isInteger(weeks) || weeks < min || weeks > max) {
    throw new RangeError(`discovery reads ${min} to ${max} whole weeks of history, not ${weeks}`);
  }
  return { from: subWeeks(now, weeks, { in: tz(timeZone) }).getTime(), to: now, weeks };
}

/** Which local day and which of the user's weeks an instant of the window falls in, in constant time. */
export type Calendar = { day(at: number): number; week(at: number): number };

export function calendar(window: DiscoveryWindow, timeZone: string, weekStartsOn: number): Calendar {
  const weeks = weekTable(weekWindow(window.to, window.weeks, timeZone, weekStartsOn));
  const days = weekTable(dayBounds(window, timeZone));
  return {
    day: (at) => weekAt(days.weeks, days.slotMs, days.from, at),
    week: (at) => weekAt(weeks.weeks, weeks.slotMs, weeks.from, at),
  };
}

const DAY_MS = 86_400_000;

/** Local midnights from the window's first day to the end of its last; each found on its own (DST). */
function dayBounds(window: DiscoveryWindow, timeZone: string): number[] {
  const inZone = { in: tz(timeZone) };
  const bounds = [startOfDay(window.from, inZone).getTime()];
  for (let last = bounds[0] ?? window.from; last <= window.to; ) {
    last = startOfDay(last + DAY_MS * 1.5, inZone).getTime();
    bounds.push(last);
  }
  return bounds;
}
