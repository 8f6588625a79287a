import { describe, expect, it } from 'vitest';
import type { WeeklyTotal } from '../../shared/ranking';
import {
  countedInTotals,
  type MemberWeek,
  shareOver,
  TOIL_CAP,
  teamWeeks,
  weeklyMinutesOf,
} from '../../shared/team-figures';
import { weekWindow } from '../../shared/weeks';

const DAY = 86_400_000;
const W1 = Date.UTC(2026, 10, 2); // Monday 2 November 2026, UTC
const [, W2 = 0, W3 = 0, END = 0] = weekWindow(W1 + 15 * DAY, 2, 'UTC', 1);
const NOW = W3 + 2.5 * DAY; // Wednesday noon of the third week
const bounds = [W1, W2, W3, END];

const total = (weekStart: number, choreId: string, occurrences: number, minutes: number): WeeklyTotal => ({
  weekStart,
  choreId,
  occurrences,
  minutes,
});
const logged = (weekStart: number, key: string, ...members: string[]): MemberWeek[] =>
  members.map((member) => ({ weekStart, key, member }));

// Week 1: "deploy" 10 runs, 1,150 min (ana, bo); "triage" 2 runs, 190 min (cy).
// Week 2: "deploy" 4 runs, 460 min (ana). Week 3 (so far): "deploy" 6 runs, 1,170 min (bo).
const totals = [
  total(W1, 'deploy', 10, 1150),
  total(W1, 'triage', 2, 190),
  total(W2, 'deploy', 4, 460),
  total(W3, 'deploy', 6, 1170),
];
const members = [
  ...logged(W1, 'deploy', 'ana', 'bo'),
  ...logged(W1, 'triage', 'cy'),
  ...logged(W2, 'deploy', 'ana'),
  ...logged(W3, 'deploy', 'bo'),
];
const input = {
  bounds,
  totals,
  members,
  counts: () => true,
  contextSwitchMinutes: 5,
  workingHoursPerWeek: 40,
  now: NOW,
};

describe('the team’s toil and toil share, week by week', () => {
  it('adds context switches to logged time and divides by the working time of the members active', () => {
    const weeks = teamWeeks(input);
    // Week 1: 1,150 + 10 x 5 + 190 + 2 x 5 = 1,400 min over 3 people x 40 h = 7,200 min.
    // Week 2: 460 + 20 = 480 over 2,400. Week 3: 1,170 + 30 = 1,200 over 2,400, so far.
    expect(weeks).toEqual([
      {
        start: W1,
        end: W2,
        toilMinutes: 1400,
        activeMembers: 3,
        workingMinutes: 7200,
        share: 1400 / 7200,
        partial: false,
      },
      {
        start: W2,
        end: W3,
        toilMinutes: 480,
        activeMembers: 1,
        workingMinutes: 2400,
        share: 0.2,
        partial: false,
      },
      {
        start: W3,
        end: END,
        toilMinutes: 1200,
        activeMembers: 1,
        workingMinutes: 2400,
        share: 0.5,
        partial: true,
      },
    ]);
    expect(TOIL_CAP).toBe(0.5);
  });

  it('gives the share over several weeks as their toil over their working time, not a mean of shares', () => {
    const weeks = teamWeeks(input);
    // (1,400 + 480) / (7,200 + 2,400), where the mean of 0.194 and 0.2 would be 0.197.
    expect(shareOver(weeks.slice(0, 2))).toBeCloseTo(1880 / 9600, 12);
    expect(shareOver(weeks)).toBeCloseTo(3080 / 12000, 12);
  });

  it('has no share in a week nobody logged anything, and none over no weeks', () => {
    const weeks = teamWeeks({ ...input, totals: [], members: [] });
    expect(weeks.map((w) => [w.toilMinutes, w.activeMembers, w.share])).toEqual([
      [0, 0, null],
      [0, 0, null],
      [0, 0, null],
    ]);
    expect(shareOver([])).toBeNull();
  });

  it('uses the team’s working hours: 37.5 h a week makes week 2 480 / 2,250', () => {
    const weeks = teamWeeks({ ...input, workingHoursPerWeek: 37.5 });
    expect(weeks[1]?.share).toBeCloseTo(480 / 2250, 12);
  });

  it('ignores rows outside the weeks asked for', () => {
    const weeks = teamWeeks({
      ...input,
      totals: [...totals, total(W1 - 7 * DAY, 'deploy', 50, 5000), total(END, 'deploy', 9, 900)],
      members: [...members, ...logged(END, 'deploy', 'dee')],
    });
    expect(weeks).toEqual(teamWeeks(input));
  });

  it('gives a key’s time in each week, context switches included', () => {
    expect(weeklyMinutesOf('deploy', bounds, totals, 5)).toEqual([1200, 480, 1200]);
    expect(weeklyMinutesOf('triage', bounds, totals, 5)).toEqual([200, 0, 0]);
    expect(weeklyMinutesOf('nothing', bounds, totals, 5)).toEqual([0, 0, 0]);
  });
});

describe('what team totals count under minPeople', () => {
  const shown = (key: string) => key === 'deploy';

  it('leaves out the hidden chores of a week fewer than minPeople members logged them in', () => {
    // minPeople 2: in week 1 only cy logged a hidden chore ("triage"), so it would be the difference.
    const counts = countedInTotals(members, shown, 2);
    expect(counts('deploy', W1)).toBe(true);
    expect(counts('triage', W1)).toBe(false);
    const [week1] = teamWeeks({ ...input, counts });
    // 1,200 min of deploy over ana and bo only: cy, active on nothing counted, is not counted either.
    expect(week1).toMatchObject({ toilMinutes: 1200, activeMembers: 2, workingMinutes: 4800, share: 0.25 });
  });

  it('leaves them out with exactly minPeople members: one of them, minus their own, would read the other’s', () => {
    const two = [...members, ...logged(W1, 'on-call handover', 'ana')];
    const counts = countedInTotals(two, shown, 2);
    expect(counts('triage', W1)).toBe(false);
    expect(counts('on-call handover', W1)).toBe(false);
  });

  it('counts the hidden chores together in a week more than minPeople members logged them in', () => {
    const more = [
      ...members,
      ...logged(W1, 'on-call handover', 'ana'),
      ...logged(W1, 'on-call handover', 'bo'),
    ];
    const counts = countedInTotals(more, shown, 2);
    expect(counts('triage', W1)).toBe(true);
    expect(counts('on-call handover', W1)).toBe(true);
    expect(counts('triage', W2)).toBe(false);
    const [week1] = teamWeeks({
      ...input,
      members: more,
      totals: [...totals, total(W1, 'on-call handover', 1, 25)],
      counts,
    });
    // 1,400 + 25 + 5 = 1,430 min over ana, bo and cy (ana, bo and cy logged hidden chores).
    expect(week1).toMatchObject({ toilMinutes: 1430, activeMembers: 3 });
  });

  it('counts everything logged with minPeople 1', () => {
    const counts = countedInTotals(members, () => false, 1);
    expect(teamWeeks({ ...input, counts })).toEqual(teamWeeks(input));
  });
});
