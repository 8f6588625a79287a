import { TZDate } from '@date-fns/tz/date';
import { tzOffset } from '@date-fns/tz/tzOffset';

/** Wall-clock dates and times in a time zone, for people and spreadsheets (export, import, week labels). */

export type LocalDateTime = { date: string; time: string };

/** `at` on the wall clock of `timeZone`: date as YYYY-MM-DD, time as HH:MM (24-hour). */
export function localDateTime(at: number, timeZone: string): LocalDateTime {
  // The zone's offset at that instant (from @date-fns/tz), applied to a UTC clock: the wall clock.
  const wall = new Date(at + tzOffset(timeZone, new Date(at)) * 60_000).toISOString();
  return { date: wall.slice(0, 10), time: wall.slice(11, 16) };
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;

/**
 * The instant a wall-clock date and time in `timeZone` names, or a reason it names none. A time skipped by
 * a daylight-saving change moves forward by the change (02:30 becomes 03:30); a time that happens twice
 * takes the one date-fns picks.
 */
export function fromLocal(date: string, time: string, timeZone: string): number | string {
  const d = DATE.exec(date);
  if (!d) return `date must look like 2026-11-23, not "${date}"`;
  const t = TIME.exec(time);
  if (!t) return `time must look like 09:30, not "${time}"`;
  const [year, month, day] = [Number(d[1]), Number(d[2]), Number(d[3])];
  const [hour, minute, second] = [Number(t[1]), Number(t[2]), Number(t[3] ?? 0)];
  if (hour > 23 || minute > 59 || second > 59)
    return `time must be a time of day from 00:00 to 23:59, not "${time}"`;
  const at = new TZDate(year, month - 1, day, hour, minute, second, timeZone);
  // Date arithmetic rolls 2026-02-30 over into March: a date that comes back different did not exist.
  if (at.getFullYear() !== year || at.getMonth() !== month - 1 || at.getDate() !== day) {
    return `date ${date} does not exist`;
  }
  return at.getTime();
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "12 Jan" in `timeZone`, with the year when it is not the year of `now` ("12 Jan 2027"). */
export function shortDate(at: number, timeZone: string, now: number): string {
  const [year, month, day] = localDateTime(at, timeZone).date.split('-');
  const text = `${Number(day)} ${MONTHS[Number(month) - 1] ?? ''}`;
  return year === localDateTime(now, timeZone).date.slice(0, 4) ? text : `${text} ${year}`;
}
