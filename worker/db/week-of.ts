import { weekWindow } from '../../shared/weeks';

/**
 * The start of the team week holding each time. Week math in a time zone is not free, so the ranges
 * already found are reused: a push of a thousand occurrences usually spans a handful of weeks.
 */
export function weekStarter(timeZone: string, weekStartsOn: number): (at: number) => number {
  const found: { start: number; end: number }[] = [];
  return (at) => {
    for (const w of found) if (at >= w.start && at < w.end) return w.start;
    const [start = at, end = at + 1] = weekWindow(at, 0, timeZone, weekStartsOn);
    found.push({ start, end });
    return start;
  };
}
