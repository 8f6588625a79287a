/** Human-readable durations and dates for the popup and the full page. */

const trimZero = (n: number) => String(Math.round(n * 10) / 10);

/** "45 min", "1 h 30 min", "12 h"; fractions of a minute are rounded because nobody logs seconds. */
export function formatMinutes(minutes: number): string {
  const m = Math.round(minutes);
  if (m < 60) return `${m} min`;
  const h = Math.floor(m / 60);
  const rest = m % 60;
  return rest ? `${h} h ${rest} min` : `${h} h`;
}

/** "3.5 h", "152 h": one decimal below 10 hours, whole hours above. */
export function formatHours(hours: number): string {
  if (hours < 10) return `${trimZero(hours)} h`;
  return `${Math.round(hours).toLocaleString('en-US')} h`;
}

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
