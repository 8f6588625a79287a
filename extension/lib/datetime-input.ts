import { TZDate } from '@date-fns/tz';

const pad = (n: number) => String(n).padStart(2, '0');

/** The value of an <input type="datetime-local"> showing `at` in the user's time zone. */
export function toDateTimeInput(at: number, timeZone: string): string {
  const d = new TZDate(at, timeZone);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** Reads a datetime-local value as a time in the user's time zone; undefined when it is not a date. */
export function fromDateTimeInput(value: string, timeZone: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(value);
  if (!m) return undefined;
  const [, y, mo, d, h, mi] = m.map(Number);
  if ([y, mo, d, h, mi].some((n) => n === undefined || Number.isNaN(n))) return undefined;
  return new TZDate(
    y as number,
    (mo as number) - 1,
    d as number,
    h as number,
    mi as number,
    timeZone,
  ).getTime();
}

/** The value of an <input type="date"> for `at` in the user's time zone. */
export function toDateInput(at: number, timeZone: string): string {
  return toDateTimeInput(at, timeZone).slice(0, 10);
}

/** Noon of a date input's day in the user's time zone (noon keeps DST shifts from moving the day). */
export function fromDateInput(value: string, timeZone: string): number | undefined {
  return fromDateTimeInput(`${value}T12:00`, timeZone);
}
