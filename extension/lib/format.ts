/** Human-readable durations and dates for the popup and the full page. */

/** "46 min", "1 h 7 min", "131 h": one format for every span of time (shared/duration.ts). */
export { formatDuration as formatMinutes, formatDurationHours as formatHours } from '../../shared/duration';

/** "Mon 24 Nov, 09:15" in the user's time zone. */
export function formatDateTime(at: number, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  }).format(at);
}

/** "24 Nov 2026" in the user's time zone. */
export function formatDate(at: number, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone,
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  }).format(at);
}

/** "1 time", "3 times". */
export function formatCount(n: number): string {
  return n === 1 ? '1 time' : `${n} times`;
}

/** Weekday names by JavaScript's day number (0 is Sunday), for week-start and notification choices. */
export const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
