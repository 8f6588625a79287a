/**
 * One way to write a span of time, for every figure of the same kind (a week's minutes, hours a year, a
 * break-even budget), in the popup, the full page and the sentences that explain them: "46 min",
 * "1 h 7 min", and from 10 hours on whole hours, "131 h". The popup once showed "0.8 h" next to
 * "46 min" for the same kind of figure. Minutes are whole: nobody logs seconds.
 */

/** Below ten hours the minutes still matter; above, they are noise next to the hours. */
const WHOLE_HOURS_FROM_MINUTES = 600;

export function formatDuration(minutes: number): string {
  if (minutes < 0) return `-${formatDuration(-minutes)}`;
  if (minutes === 0) return '0 min';
  if (minutes < 0.5) return 'under 1 min';
  const whole = Math.round(minutes);
  if (whole < 60) return `${whole} min`;
  if (minutes < WHOLE_HOURS_FROM_MINUTES) {
    const rest = whole % 60;
    return rest ? `${Math.floor(whole / 60)} h ${rest} min` : `${whole / 60} h`;
  }
  return `${Math.round(minutes / 60).toLocaleString('en-US')} h`;
}

/** formatDuration of a figure kept in hours. */
export const formatDurationHours = (hours: number): string => formatDuration(hours * 60);
