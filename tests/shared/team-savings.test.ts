import { describe, expect, it } from 'vitest';
import { WEEKS_PER_YEAR } from '../../shared/automation';
import type { Chore } from '../../shared/model';
import type { WeeklyTotal } from '../../shared/ranking';
import { teamSavings } from '../../shared/team-savings';
import { weekWindow } from '../../shared/weeks';
import { chore, DAY, NOW, settings } from './fixtures';

const weeks = weekWindow(NOW, 20, settings.timeZone, settings.weekStartsOn);
/** The start of the week n weeks before this one (0 is this week). */
const weekAgo = (n: number) => weeks[20 - n] ?? 0;
const ELAPSED = 2.5 / 7; // NOW is Wednesday noon
/** A team chore is known by its key, which serves as its id. */
const automated = (key: string, fields: Partial<Chore>): Chore => ({
  ...chore({ name: key, status: 'automated', ...fields }),
  id: key,
});
const perWeek = (key: string, ago: number[], occurrences: number, minutes: number): WeeklyTotal[] =>
  ago.map((n) => ({ choreId: key, weekStart: weekAgo(n), occurrences, minutes }));

describe('what a team’s automations save', () => {
  // "deploy", automated 4 weeks ago: 12 runs of 10 min a week before (180 min with switches), 2 runs
  // (30 min) a week in the 3 full weeks since, none this week so far.
  const deploy = automated('deploy', { automatedAt: weekAgo(4) + DAY, automationHours: 20 });
  // "certs", automated 10 weeks ago: 3 runs of 25 min (90 min) a week before, none since.
  const certs = automated('certs', { automatedAt: weekAgo(10) + DAY });
  // "triage", automated last week: nothing to measure after it yet.
  const triage = automated('triage', { automatedAt: weekAgo(1) + DAY });
  const totals = [
    ...perWeek('deploy', [5, 6, 7, 8], 12, 120),
    ...perWeek('deploy', [4], 40, 400), // the week it went live counts on neither side
    ...perWeek('deploy', [1, 2, 3], 2, 20),
    ...perWeek('certs', [11, 12, 13, 14], 3, 75),
    ...perWeek('triage', [2, 3, 4, 5], 1, 5),
    ...perWeek('other', [1, 2, 3, 5, 6], 50, 500),
  ];

  it('measures each automated chore from the team’s weekly totals and adds up what they save', () => {
    const s = teamSavings([deploy, certs, triage], totals, NOW, settings);
    const deployAfter = 90 / (3 + ELAPSED);
    expect(s.chores.map((c) => [c.choreId, c.beforeMinutesPerWeek])).toEqual([
      ['deploy', 180],
      ['certs', 90],
      ['triage', 10],
    ]);
    expect(s.chores[0]?.afterMinutesPerWeek).toBeCloseTo(deployAfter, 10);
    expect(s.chores[1]?.afterMinutesPerWeek).toBe(0);
    expect(s.chores[2]?.savedHoursPerYear).toBeNull();
    const deploySaved = ((180 - deployAfter) * WEEKS_PER_YEAR) / 60; // (180 - 26.8) x 52.18 / 60 = 133 h a year
    const certsSaved = (90 * WEEKS_PER_YEAR) / 60; // 78 h a year
    expect(s.chores[0]?.savedHoursPerYear).toBeCloseTo(deploySaved, 10);
    expect(s.savedHoursPerYear).toBeCloseTo(deploySaved + certsSaved, 10);
    expect(s.measured).toBe(2);
    // Live for less than the 8 weeks it takes to pay back: a date ahead, not "paid off" (issue 14).
    expect(s.chores[0]?.sentence).toBe(
      'Automating “deploy” saves 133 h a year (from 3 h to 27 min a week); the 20 h it took will pay back around 20 Dec.',
    );
  });

  it('counts an automation that made things worse against the total', () => {
    const worse = [...perWeek('deploy', [5, 6, 7, 8], 1, 10), ...perWeek('deploy', [1, 2, 3], 10, 100)];
    const s = teamSavings([deploy], worse, NOW, settings);
    expect(s.savedHoursPerYear).toBeLessThan(0);
    expect(s.savedHoursPerYear).toBeCloseTo(((15 - 450 / (3 + ELAPSED)) * WEEKS_PER_YEAR) / 60, 10);
  });

  it('is empty with no automated chore', () => {
    expect(teamSavings([chore()], totals, NOW, settings)).toEqual({
      chores: [],
      savedHoursPerYear: 0,
      measured: 0,
    });
  });
});
