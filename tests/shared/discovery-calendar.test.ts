import { describe, expect, it } from 'vitest';
import { discover, discoveryWindow, type Visit } from '../../shared/discovery';
import { settings } from './fixtures';

// Berlin leaves summer time on Sunday 25 October 2026 at 03:00 (back to 02:00): that Sunday has 25 hours,
// and the week from Monday 19 October 169.
const NOW = Date.UTC(2026, 10, 4, 11); // Wednesday 4 November, 12:00 in Berlin
const run = (visits: Visit[], more: Partial<typeof settings> = {}) =>
  discover(visits, { now: NOW, settings: { ...settings, ...more } }).candidates[0];

/** Three restarts late on Sunday 25 October and just after midnight, Berlin time (UTC+1 by then). */
const aroundMidnight: Visit[] = [
  { url: 'https://ops.example.com/restart/1', at: Date.UTC(2026, 9, 25, 21, 0) }, // Sunday 22:00
  { url: 'https://ops.example.com/restart/2', at: Date.UTC(2026, 9, 25, 22, 30) }, // Sunday 23:30
  { url: 'https://ops.example.com/restart/3', at: Date.UTC(2026, 9, 25, 23, 45) }, // Monday 00:45
];

describe('days and weeks in the user’s time zone', () => {
  it('counts the local calendar, across the end of summer time', () => {
    // Sunday and Monday, in the week of 19 October and the week of 26 October.
    expect(run(aroundMidnight)).toMatchObject({ occurrences: 3, days: 2, weeks: 2 });
  });

  it('moves the clock back on the right day: three restarts on Sunday evening are one day', () => {
    // 20:00, 21:30 and 23:15 on Sunday 25 October, UTC+1: read with the summer offset (UTC+2), the last
    // would be Monday 00:15, a second day in a second week.
    const sundayEvening: Visit[] = [
      { url: 'https://ops.example.com/restart/1', at: Date.UTC(2026, 9, 25, 19, 0) },
      { url: 'https://ops.example.com/restart/2', at: Date.UTC(2026, 9, 25, 20, 30) },
      { url: 'https://ops.example.com/restart/3', at: Date.UTC(2026, 9, 25, 22, 15) },
    ];
    expect(run(sundayEvening)).toBeUndefined();
    expect(run(sundayEvening, { timeZone: 'Europe/Helsinki' })).toMatchObject({ days: 2, weeks: 2 });
  });

  it('is not UTC: there, all three fall on one Sunday', () => {
    expect(run(aroundMidnight, { timeZone: 'UTC' })).toBeUndefined();
  });

  it('starts weeks on the user’s day: with Sunday, all three are in one week', () => {
    expect(run(aroundMidnight, { weekStartsOn: 0 })).toBeUndefined();
    expect(run(aroundMidnight, { weekStartsOn: 0, timeZone: 'Asia/Tokyo' })).toBeUndefined();
  });

  it('reads the window as the same wall-clock time weeks ago, whatever the clocks did', () => {
    // Four weeks before 4 November 12:00 (UTC+1) is 7 October 12:00 (UTC+2): 28 days and an hour.
    expect(discoveryWindow(NOW, 4, 'Europe/Berlin')).toEqual({
      from: Date.UTC(2026, 9, 7, 10),
      to: NOW,
      weeks: 4,
    });
  });
});
