import { describe, expect, it } from 'vitest';
import { WEEKS_PER_YEAR } from '../../shared/automation';
import type { Chore, Occurrence } from '../../shared/model';
import type { WeeklyTotal } from '../../shared/ranking';
import { measureSavings, measureSavingsFromTotals, paybackPhrase } from '../../shared/savings';
import { WEEK_MS, weekWindow } from '../../shared/weeks';
import { chore, DAY, NOW, occurrence, settings, week } from './fixtures';

const weeks = weekWindow(NOW, 60, settings.timeZone, settings.weekStartsOn);
/** The start of the week n weeks before this one (0 is this week). */
const weekAgo = (n: number) => weeks[60 - n] ?? 0;
const ELAPSED = 2.5 / 7;
const SWITCH = settings.contextSwitchMinutes;

const automated = (automatedAt: number, fields: Partial<Chore> = {}): Chore =>
  chore({ status: 'automated', automatedAt, automationHours: 10, ...fields });

describe('what an automation really saves', () => {
  // Automated on the Wednesday four weeks ago; the four weeks before it took 6 x 10 minutes each.
  const c = automated(weekAgo(4) + 2.5 * DAY);
  const before = [5, 6, 7, 8].flatMap((n) => week(c, weekAgo(n), 6, 10));
  const after = [1, 2, 3].flatMap((n) => week(c, weekAgo(n), 1, 10));

  it('compares the time a week before the automation with the time a week since', () => {
    const s = measureSavings(c, [...before, ...after], NOW, settings);
    expect(s?.weeksBefore).toBe(4);
    expect(s?.beforeMinutesPerWeek).toBe(6 * (10 + SWITCH));
    expect(s?.weeksAfter).toBeCloseTo(3 + ELAPSED, 10);
    expect(s?.afterMinutesPerWeek).toBeCloseTo((3 * (10 + SWITCH)) / (3 + ELAPSED), 10);
    const saved = 90 - (3 * 15) / (3 + ELAPSED);
    expect(s?.savedMinutesPerWeek).toBeCloseTo(saved, 10);
    expect(s?.savedHoursPerYear).toBeCloseTo((saved * WEEKS_PER_YEAR) / 60, 10);
    expect(s?.paybackWeeks).toBeCloseTo(10 / (saved / 60), 10);
    expect(s?.savedHoursSoFar).toBeCloseTo((saved * (NOW - (c.automatedAt ?? 0))) / WEEK_MS / 60, 10);
    // Live for 4 weeks, paying back in 8: not "paid off in 8 weeks" (issue 14), but a date ahead.
    const at = (c.automatedAt ?? 0) + (s?.paybackWeeks ?? 0) * WEEK_MS;
    expect(at).toBeGreaterThan(NOW);
    expect(s?.payback).toEqual({ kind: 'pending', at });
    expect(s?.sentence).toBe(
      `Automating “${c.name}” saves 67 h a year (from 1 h 30 min to 13 min a week); the 10 h it took will pay back around 22 Dec.`,
    );
  });

  it('says "paid back on" only once that date has passed', () => {
    const later = NOW + 8 * WEEK_MS;
    const s = measureSavings(c, [...before, ...after], later, settings);
    expect(s?.payback.kind).toBe('paid');
    expect(s?.sentence).toMatch(/; the 10 h it took paid back on \d+ (Dec|Jan)( \d{4})?\.$/);
    expect(paybackPhrase(s?.payback ?? { kind: 'not-saving' }, settings.timeZone, later)).toMatch(
      /^paid back on /,
    );
  });

  it('counts the week the automation went live on neither side', () => {
    const mixed = week(c, weekAgo(4), 30, 10);
    expect(measureSavings(c, [...before, ...after, ...mixed], NOW, settings)).toEqual(
      measureSavings(c, [...before, ...after], NOW, settings),
    );
  });

  it('ignores other chores’ occurrences and deleted ones', () => {
    const other = week(chore(), weekAgo(2), 9, 10);
    const deleted = week(c, weekAgo(2), 9, 10).map((o) => ({ ...o, deleted: true }));
    expect(measureSavings(c, [...before, ...after, ...other, ...deleted], NOW, settings)).toEqual(
      measureSavings(c, [...before, ...after], NOW, settings),
    );
  });

  it('reads the most recent weeks when the automation is long past', () => {
    const old = automated(weekAgo(50) + DAY, { createdAt: NOW - 800 * DAY });
    const s = measureSavings(
      old,
      [...week(old, weekAgo(52), 4), ...week(old, weekAgo(10), 5), ...week(old, weekAgo(1), 1)],
      NOW,
      settings,
    );
    expect(s?.weeksAfter).toBeCloseTo(3 + ELAPSED, 10);
    expect(s?.afterMinutesPerWeek).toBeCloseTo(15 / (3 + ELAPSED), 10);
    expect(s?.beforeMinutesPerWeek).toBe(15);
  });

  it('averages the weeks before over the weeks the chore was tracked', () => {
    const young = automated(weekAgo(4) + DAY, { createdAt: weekAgo(6) + 3 * DAY });
    const s = measureSavings(young, week(young, weekAgo(5), 4), NOW, settings);
    expect(s?.weeksBefore).toBe(2);
    expect(s?.beforeMinutesPerWeek).toBe(30);
  });

  it('waits for a full week after the automation before saying what it saves', () => {
    const lastWeek = automated(weekAgo(1) + DAY);
    const s = measureSavings(lastWeek, week(lastWeek, weekAgo(3), 4), NOW, settings);
    expect(s?.weeksAfter).toBeCloseTo(ELAPSED, 10);
    expect(s?.afterMinutesPerWeek).toBeNull();
    expect(s?.savedMinutesPerWeek).toBeNull();
    expect(s?.savedHoursSoFar).toBeNull();
    expect(s?.payback).toEqual({ kind: 'too-early', measurableFrom: weekAgo(-1) });
    expect(s?.sentence).toBe(
      `“${lastWeek.name}” went live recently: too early to tell (measured from 30 Nov), after a full week.`,
    );
  });

  it('has nothing to compare for a chore automated in the week it was created', () => {
    const born = automated(weekAgo(3) + 2 * DAY, { createdAt: weekAgo(3) + DAY });
    const s = measureSavings(born, [], NOW, settings);
    expect(s?.beforeMinutesPerWeek).toBeNull();
    expect(s?.sentence).toBe(
      `“${born.name}” was automated before any week of it was tracked: nothing to compare.`,
    );
  });

  it('says when the automation has not saved time, and when upkeep means it never pays off', () => {
    const same = [2, 3, 5, 6].flatMap((n) => week(c, weekAgo(n), 2));
    expect(measureSavings(c, same, NOW, settings)?.sentence).toMatch(/has not saved time yet/);
    const tended = { ...c, upkeepHoursPerYear: 1000 };
    const s = measureSavings(tended, [...before, ...after], NOW, settings);
    expect(s?.paybackWeeks).toBeNull();
    expect(s?.payback).toEqual({ kind: 'never' });
    expect(s?.sentence).toMatch(/after upkeep, the 10 h it took never pay back\.$/);
  });

  it('is null for a chore that is not automated', () => {
    const manual = chore();
    expect(measureSavings(manual, [occurrence(manual, NOW - DAY)], NOW, settings)).toBeNull();
  });
});

/** The weekly totals the extension and the server keep (one row per chore and week) of `occurrences`. */
function weeklyTotals(occurrences: Occurrence[]): WeeklyTotal[] {
  const cells = new Map<string, WeeklyTotal>();
  for (const o of occurrences) {
    if (o.deleted) continue;
    const [weekStart = 0] = weekWindow(o.at, 0, settings.timeZone, settings.weekStartsOn);
    const cell = cells.get(`${o.choreId}|${weekStart}`) ?? {
      choreId: o.choreId,
      weekStart,
      occurrences: 0,
      minutes: 0,
    };
    cell.occurrences++;
    cell.minutes += o.minutes;
    cells.set(`${o.choreId}|${weekStart}`, cell);
  }
  return [...cells.values()];
}

describe('what an automation really saves, from weekly totals', () => {
  const c = automated(weekAgo(4) + 2.5 * DAY);
  const logged = [
    ...[5, 6, 7, 8].flatMap((n) => week(c, weekAgo(n), 6, 10)),
    ...[1, 2, 3].flatMap((n) => week(c, weekAgo(n), 1, 10)),
    ...week(c, weekAgo(4), 30, 7),
    ...week(c, weekAgo(0), 2, 4),
  ];

  it('gives the figures measureSavings gives from the occurrences themselves', () => {
    const fromTotals = measureSavingsFromTotals(c, weeklyTotals(logged), NOW, settings);
    expect(fromTotals).toEqual(measureSavings(c, logged, NOW, settings));
    // By hand: 4 weeks of 6 x (10 + 5) before; 3 weeks of 15 and 2 x (4 + 5) this week so far, after.
    expect(fromTotals?.beforeMinutesPerWeek).toBe(90);
    expect(fromTotals?.afterMinutesPerWeek).toBeCloseTo((3 * 15 + 18) / (3 + ELAPSED), 10);
  });

  it('reads only its own chore’s totals, and the same edge cases hold', () => {
    const other = weeklyTotals(week(chore(), weekAgo(2), 9, 10));
    expect(measureSavingsFromTotals(c, [...weeklyTotals(logged), ...other], NOW, settings)).toEqual(
      measureSavings(c, logged, NOW, settings),
    );
    const lastWeek = automated(weekAgo(1) + DAY);
    expect(measureSavingsFromTotals(lastWeek, [], NOW, settings)?.afterMinutesPerWeek).toBeNull();
    expect(measureSavingsFromTotals(chore(), [], NOW, settings)).toBeNull();
  });
});
