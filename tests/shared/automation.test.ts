import { describe, expect, it } from 'vitest';
import { breakEvenHours, DAYS_PER_YEAR, paybackWeeks, WEEKS_PER_YEAR } from '../../shared/automation';

// The cells of xkcd 1205 listed in the product handbook, over the comic's 5 years. The comic rounds
// down and counts days of 24 hours.
const daily = DAYS_PER_YEAR;
const weekly = WEEKS_PER_YEAR;
const comic = (runsPerYear: number, minutesPerRun: number) =>
  breakEvenHours({ runsPerYear, minutesPerRun, horizonYears: 5 });

describe('xkcd 1205 break-even budget', () => {
  it.each([
    ['5 min daily', comic(daily, 5), 'days', 6],
    ['5 min daily', comic(daily, 5), 'hours', 152],
    ['1 min weekly', comic(weekly, 1), 'hours', 4],
    ['30 s 5 times a day', comic(5 * daily, 0.5), 'days', 3],
    ['1 h weekly', comic(weekly, 60), 'days', 10],
    ['5 s daily', comic(daily, 5 / 60), 'hours', 2],
  ])('%s: %f hours is %s %i', (_, hours, unit, cell) => {
    expect(Math.floor(unit === 'days' ? hours / 24 : hours)).toBe(cell);
  });

  it('subtracts the upkeep of every year of the horizon', () => {
    const free = breakEvenHours({ runsPerYear: weekly, minutesPerRun: 60, horizonYears: 5 });
    const tended = breakEvenHours({
      runsPerYear: weekly,
      minutesPerRun: 60,
      horizonYears: 5,
      upkeepHoursPerYear: 4,
    });
    expect(free - tended).toBeCloseTo(20, 10);
  });

  it('goes negative when the upkeep costs more than the chore', () => {
    expect(
      breakEvenHours({ runsPerYear: 12, minutesPerRun: 10, horizonYears: 5, upkeepHoursPerYear: 3 }),
    ).toBe(-5);
  });

  it('grows with the horizon', () => {
    const args = { runsPerYear: 100, minutesPerRun: 6 };
    expect(breakEvenHours({ ...args, horizonYears: 1 })).toBe(10);
    expect(breakEvenHours({ ...args, horizonYears: 2 })).toBe(20);
  });
});

describe('payback', () => {
  it('is the build time over the net hours saved a week', () => {
    // 52.18 h a year is an hour a week: 10 hours of building pay back in 10 weeks.
    expect(paybackWeeks(10, WEEKS_PER_YEAR)).toBeCloseTo(10, 10);
    expect(paybackWeeks(10, 2 * WEEKS_PER_YEAR, WEEKS_PER_YEAR)).toBeCloseTo(10, 10);
  });

  it('never comes when upkeep eats the savings', () => {
    expect(paybackWeeks(10, 5, 5)).toBeNull();
    expect(paybackWeeks(10, 0)).toBeNull();
  });
});
