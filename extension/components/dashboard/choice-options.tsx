import { DAYS } from '../../lib/format';

/** The browser's time zones, the current one among them even if the browser no longer lists it. */
const zones = (current: string): string[] => {
  const known = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return known.includes(current) ? known : [current, ...known];
};

/** A time zone select's options, read as words ("America/New York"). Personal and team settings share them. */
export function ZoneOptions({ current }: { current: string }) {
  return (
    <>
      {zones(current).map((z) => (
        <option key={z} value={z}>
          {z.replaceAll('_', ' ')}
        </option>
      ))}
    </>
  );
}

/** A week-start select's options: the day's name, its number (0 = Sunday) as the value. */
export function WeekStartOptions() {
  return (
    <>
      {DAYS.map((d, i) => (
        <option key={d} value={String(i)}>
          {d}
        </option>
      ))}
    </>
  );
}
