import { describe, expect, it } from 'vitest';
import { fromLocal, localDateTime } from '../../shared/local-time';
import {
  WEEK_MS,
  weekAt,
  weekIndex,
  weekLabel,
  weekStartOf,
  weeksCovered,
  weekTable,
  weekWindow,
} from '../../shared/weeks';

const HOUR = 3_600_000;
const utc = (y: number, m: number, d: number, h = 0, min = 0) => Date.UTC(y, m - 1, d, h, min);

describe('weeks across daylight-saving changes', () => {
  it.each([
    // zone, week start, an instant in the week, its start and end (UTC), its length in hours
    ['Europe/Berlin', 1, utc(2026, 3, 29, 12), utc(2026, 3, 22, 23), utc(2026, 3, 29, 22), 167],
    ['Europe/Berlin', 1, utc(2026, 10, 25, 12), utc(2026, 10, 18, 22), utc(2026, 10, 25, 23), 169],
    ['America/New_York', 0, utc(2026, 3, 8, 12), utc(2026, 3, 8, 5), utc(2026, 3, 15, 4), 167],
    ['America/New_York', 0, utc(2026, 11, 1, 12), utc(2026, 11, 1, 4), utc(2026, 11, 8, 5), 169],
    // Southern hemisphere: summer time ends in April and starts in October.
    ['Australia/Sydney', 1, utc(2026, 4, 5, 12), utc(2026, 3, 29, 13), utc(2026, 4, 5, 14), 169],
    ['Australia/Sydney', 1, utc(2026, 10, 4, 12), utc(2026, 9, 27, 14), utc(2026, 10, 4, 13), 167],
    // Half-hour daylight saving.
    ['Australia/Lord_Howe', 1, utc(2026, 4, 5, 12), utc(2026, 3, 29, 13), utc(2026, 4, 5, 13, 30), 168.5],
    // Chile springs forward at midnight: that Sunday begins at 01:00, the next week at 00:00 again.
    ['America/Santiago', 0, utc(2026, 9, 8, 12), utc(2026, 9, 6, 4), utc(2026, 9, 13, 3), 167],
    // Samoa skipped Friday 30 December 2011 when it crossed the date line.
    ['Pacific/Apia', 1, utc(2011, 12, 29, 12), utc(2011, 12, 26, 10), utc(2012, 1, 1, 10), 144],
  ])('%s, week start %i: the week holding %i', (zone, weekStartsOn, at, start, end, hours) => {
    const bounds = weekWindow(at, 0, zone, weekStartsOn);
    expect(bounds).toEqual([start, end]);
    expect((end - start) / HOUR).toBe(hours);
    expect(weekStartOf(at, zone, weekStartsOn)).toBe(start);
    expect(weekStartOf(end, zone, weekStartsOn)).toBe(end);
    expect(weekStartOf(end - 1, zone, weekStartsOn)).toBe(start);
  });

  it('starts every week at local midnight on the chosen day', () => {
    for (const zone of ['Europe/Berlin', 'America/New_York', 'Australia/Sydney', 'Asia/Kathmandu']) {
      for (const weekStartsOn of [0, 1, 6]) {
        const bounds = weekWindow(utc(2026, 11, 25), 52, zone, weekStartsOn);
        for (const start of bounds) {
          const local = new Intl.DateTimeFormat('en-US', {
            timeZone: zone,
            weekday: 'short',
            hour: '2-digit',
            minute: '2-digit',
            hourCycle: 'h23',
          }).format(start);
          expect(local).toBe(`${['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][weekStartsOn]} 00:00`);
        }
      }
    }
  });

  it.each([
    ['America/Santiago', 0, utc(2026, 9, 8, 12)],
    ['Pacific/Apia', 1, utc(2011, 12, 29, 12)],
    ['Australia/Lord_Howe', 1, utc(2026, 4, 5, 12)],
    ['Europe/Dublin', 6, utc(2026, 10, 25, 12)],
  ])(
    '%s, week start %i: a shorter window read from a longer one equals its own computation',
    (zone, weekStartsOn, at) => {
      // Computed first, from scratch: nothing known yet holds these weeks for this zone and week start.
      const direct = [0, 1, 3].map((before) => weekWindow(at, before, zone, weekStartsOn));
      // A longer window over the same weeks and more, later: the short ones come out of it from now on.
      const long = weekWindow(at + 9 * WEEK_MS, 20, zone, weekStartsOn);
      const at9 = long.indexOf(direct[0]?.[0] ?? Number.NaN);
      expect(at9).toBe(11);
      for (const [i, before] of [0, 1, 3].entries()) {
        expect(long.slice(at9 - before, at9 + 2)).toEqual(direct[i]);
        expect(weekWindow(at, before, zone, weekStartsOn)).toEqual(direct[i]);
      }
    },
  );

  it('lays weeks end to end, each about seven days long', () => {
    const bounds = weekWindow(utc(2026, 11, 25), 60, 'Australia/Sydney', 1);
    expect(bounds).toHaveLength(62);
    for (let i = 1; i < bounds.length; i++) {
      const length = (bounds[i] ?? 0) - (bounds[i - 1] ?? 0);
      expect([WEEK_MS - HOUR, WEEK_MS, WEEK_MS + HOUR]).toContain(length);
    }
  });

  it('rejects a week start that is not a weekday', () => {
    expect(() => weekStartOf(utc(2026, 1, 1), 'UTC', 7)).toThrow(
      'week start must be 0 (Sunday) to 6 (Saturday)',
    );
  });
});

describe('finding the week of an instant', () => {
  const bounds = weekWindow(utc(2026, 4, 8), 3, 'Australia/Sydney', 1);
  const [first = 0, , , summerEnds = 0] = bounds;

  it('puts an instant on a boundary in the week that starts there', () => {
    expect(weekIndex(bounds, first)).toBe(0);
    expect(weekIndex(bounds, first - 1)).toBe(-1);
    expect(weekIndex(bounds, summerEnds)).toBe(3);
    expect(weekIndex(bounds, summerEnds - 1)).toBe(2);
    expect(weekIndex(bounds, bounds.at(-1) ?? 0)).toBe(bounds.length - 1);
  });

  it('gives the same answer from the table as from the boundaries, in every zone', () => {
    for (const zone of [
      'Australia/Sydney',
      'Australia/Lord_Howe',
      'Asia/Kathmandu',
      'America/Santiago',
      'Europe/Berlin',
    ]) {
      const window = weekWindow(utc(2026, 10, 20), 40, zone, 1);
      const { weeks, slotMs } = weekTable(window);
      const [start = 0] = window;
      const instants = window.slice(0, -1).flatMap((b) => [b - 1, b, b + 1]);
      for (let at = start; at < (window.at(-1) ?? 0); at += 97 * 60_000 + 13) instants.push(at);
      const wrong = instants.filter(
        (at) => at >= start && weekAt(weeks, slotMs, start, at) !== weekIndex(window, at),
      );
      expect(wrong, zone).toEqual([]);
      expect(slotMs, zone).toBe(zone === 'Australia/Lord_Howe' ? 30 * 60_000 : 60 * 60_000);
    }
  });

  it('uses finer slots when weeks begin between whole hours', () => {
    const bounds = [0, WEEK_MS + 45 * 60_000, 2 * WEEK_MS + 30 * 60_000];
    const { weeks, slotMs, from } = weekTable(bounds);
    expect(slotMs).toBe(15 * 60_000);
    expect(weekAt(weeks, slotMs, from, WEEK_MS + 45 * 60_000 - 1)).toBe(0);
    expect(weekAt(weeks, slotMs, from, WEEK_MS + 45 * 60_000)).toBe(1);
    expect(weekAt(weeks, slotMs, from, 2 * WEEK_MS + 30 * 60_000 - 1)).toBe(1);
  });

  it('refuses boundaries off a whole-second grid', () => {
    expect(() => weekTable([0, WEEK_MS + 1])).toThrow(RangeError);
  });
});

describe('counting weeks', () => {
  it('counts a share of a week by the share of its own length', () => {
    const [start = 0, end = 0] = weekWindow(utc(2026, 3, 29, 12), 0, 'Europe/Berlin', 1);
    expect(weeksCovered([start, end], start, start + (end - start) / 2)).toBe(0.5);
    expect(weeksCovered([start, end], start - WEEK_MS, end + WEEK_MS)).toBe(1);
  });

  it('names a week by the local date it starts on', () => {
    const [start = 0] = weekWindow(utc(2026, 4, 1), 0, 'Australia/Sydney', 1);
    expect(weekLabel(start, 'Australia/Sydney')).toBe('2026-03-30');
    expect(new Date(start).toISOString()).toBe('2026-03-29T13:00:00.000Z');
  });
});

describe('wall-clock dates and times', () => {
  it('reads and writes the local date and time', () => {
    const at = utc(2026, 3, 29, 1, 30);
    expect(localDateTime(at, 'Europe/Berlin')).toEqual({ date: '2026-03-29', time: '03:30' });
    expect(fromLocal('2026-03-29', '03:30', 'Europe/Berlin')).toBe(at);
    expect(fromLocal('2026-03-29', '00:15:30', 'Australia/Sydney')).toBe(utc(2026, 3, 28, 13, 15) + 30_000);
  });

  it('agrees with Intl on every wall clock, through a year of clock changes', () => {
    for (const zone of [
      'Europe/Berlin',
      'Australia/Sydney',
      'Asia/Kathmandu',
      'Australia/Lord_Howe',
      'America/Santiago',
    ]) {
      const intl = new Intl.DateTimeFormat('sv-SE', {
        timeZone: zone,
        dateStyle: 'short',
        timeStyle: 'short',
      });
      const wrong: string[] = [];
      for (let at = utc(2026, 1, 1); at < utc(2027, 1, 1); at += 97 * 60_000) {
        const { date, time } = localDateTime(at, zone);
        if (`${date} ${time}` !== intl.format(at))
          wrong.push(`${new Date(at).toISOString()}: ${date} ${time}`);
      }
      expect(wrong, zone).toEqual([]);
    }
  });

  it('shows the hour that happens twice as it was on the clock both times', () => {
    expect(localDateTime(utc(2026, 10, 25, 0, 30), 'Europe/Berlin').time).toBe('02:30');
    expect(localDateTime(utc(2026, 10, 25, 1, 30), 'Europe/Berlin').time).toBe('02:30');
  });

  it('moves a time skipped by the clock change forward by the change', () => {
    expect(fromLocal('2026-03-29', '02:30', 'Europe/Berlin')).toBe(utc(2026, 3, 29, 1, 30));
  });

  it.each([
    ['2026-02-30', '10:00', 'date 2026-02-30 does not exist'],
    ['30.11.2026', '10:00', 'date must look like 2026-11-23, not "30.11.2026"'],
    ['2026-11-30', '25:00', 'time must be a time of day from 00:00 to 23:59, not "25:00"'],
    ['2026-11-30', 'noon', 'time must look like 09:30, not "noon"'],
  ])('explains why %s %s names no instant', (date, time, reason) => {
    expect(fromLocal(date, time, 'Europe/Berlin')).toBe(reason);
  });
});
