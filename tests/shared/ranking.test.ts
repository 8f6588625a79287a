import { describe, expect, it } from 'vitest';
import { WEEKS_PER_YEAR } from '../../shared/automation';
import { explainChore } from '../../shared/explain';
import { ANNOYANCE_WEIGHTS, rankChores } from '../../shared/ranking';
import { weekWindow } from '../../shared/weeks';
import { chore, DAY, HOUR, NOW, occurrence, settings, WEEK_START, week } from './fixtures';

// Weeks around NOW (Wednesday noon in Berlin): weeks[8] is this week, weeks[7] last week, and so on.
const weeks = weekWindow(NOW, 8, settings.timeZone, settings.weekStartsOn);
const weekAgo = (n: number) => weeks[8 - n] ?? 0;
/** This week, Monday 00:00 to Wednesday 12:00, is 2.5 of its 7 days. */
const ELAPSED = 2.5 / 7;

const rank = (
  chores: Parameters<typeof rankChores>[0]['chores'],
  occurrences: Parameters<typeof rankChores>[0]['occurrences'],
  more = {},
) => rankChores({ chores, occurrences, now: NOW, settings: { ...settings, ...more } });

describe('the ranked week', () => {
  it('is the week holding now, in the user’s time zone and week start', () => {
    expect(rank([], []).week).toEqual({ start: WEEK_START, end: WEEK_START + 7 * DAY, label: '2026-11-23' });
    expect(rank([], [], { weekStartsOn: 0 }).week.label).toBe('2026-11-22');
  });

  it('counts what was logged in it so far, by the user’s week start', () => {
    const c = chore();
    const sunday = WEEK_START - 14 * HOUR; // Sunday 22 November, 10:00
    const logged = [occurrence(c, sunday, 10), occurrence(c, NOW - HOUR, 15)];
    expect(rank([c], logged).chores[0]?.thisWeek).toEqual({ occurrences: 1, minutes: 15 });
    expect(rank([c], logged, { weekStartsOn: 0 }).chores[0]?.thisWeek).toEqual({
      occurrences: 2,
      minutes: 25,
    });
  });
});

describe('pain', () => {
  it('averages the last four weeks, this week by the share of it gone by', () => {
    const c = chore();
    const logged = [
      ...week(c, weekAgo(3), 3),
      ...week(c, weekAgo(2), 3),
      ...week(c, weekAgo(1), 3),
      ...week(c, weekAgo(0), 1),
    ];
    const [r] = rank([c], [...logged, ...week(c, weekAgo(4), 50)]).chores;
    expect(r?.weeksAveraged).toBeCloseTo(3 + ELAPSED, 10);
    expect(r?.occurrencesPerWeek).toBeCloseTo(10 / (3 + ELAPSED), 10);
    expect(r?.minutesPerWeek).toBeCloseTo(100 / (3 + ELAPSED), 10);
  });

  it('averages a new chore over the weeks since it was created, and at least one week', () => {
    const lastWeek = chore({ createdAt: weekAgo(1) + 2 * DAY });
    const today = chore({ createdAt: NOW - HOUR });
    const [a, b] = [lastWeek, today].map((c) => rank([c], week(c, weekAgo(0), 2)).chores[0]);
    expect(a?.weeksAveraged).toBeCloseTo(1 + ELAPSED, 10);
    expect(b?.weeksAveraged).toBe(1);
    expect(b?.occurrencesPerWeek).toBe(2);
  });

  it('counts a context switch for every occurrence: ten 2-minute chores hurt more than one of 20 minutes', () => {
    const small = chore({ name: 'small' });
    const big = chore({ name: 'big' });
    const ranked = rank(
      [big, small],
      [...week(small, weekAgo(1), 10, 2), ...week(big, weekAgo(1), 1, 20)],
    ).chores;
    expect(ranked.map((r) => r.name)).toEqual(['small', 'big']);
    expect(ranked[0]?.contextSwitchShare).toBeCloseTo(50 / 70, 10);
    expect(ranked[1]?.contextSwitchShare).toBeCloseTo(5 / 25, 10);
    expect(
      rank([big, small], [...week(small, weekAgo(1), 10, 2), ...week(big, weekAgo(1), 1, 20)], {
        contextSwitchMinutes: 0,
      }).chores[0]?.name,
    ).toBe('big');
  });

  it('projects the time a week to hours a year', () => {
    const c = chore();
    const [r] = rank([c], week(c, weekAgo(1), 6, 25)).chores;
    const timePerWeek = (6 * 25 + 6 * settings.contextSwitchMinutes) / (1 + ELAPSED + 2);
    expect(r?.switchMinutesPerWeek).toBeCloseTo((6 * 5) / (3 + ELAPSED), 10);
    expect(r?.hoursPerYear).toBeCloseTo((timePerWeek * WEEKS_PER_YEAR) / 60, 10);
  });

  it('weighs the same time by annoyance', () => {
    const calm = chore({ name: 'calm', annoyance: 1 });
    const awful = chore({ name: 'awful', annoyance: 5 });
    const ranked = rank([calm, awful], [...week(calm, weekAgo(1), 4), ...week(awful, weekAgo(1), 4)]).chores;
    expect(ranked.map((r) => [r.name, r.annoyanceWeight])).toEqual([
      ['awful', 1.5],
      ['calm', 0.5],
    ]);
    expect(ranked[0]?.pain).toBeCloseTo((ranked[0]?.hoursPerYear ?? 0) * 1.5, 10);
    expect(ranked[0]?.pain).toBe(3 * (ranked[1]?.pain ?? 0));
    expect(ANNOYANCE_WEIGHTS).toEqual([0.5, 0.75, 1, 1.25, 1.5]);
  });

  it('breaks ties by name, then id, whatever the input order', () => {
    const [b, a] = [chore({ name: 'b' }), chore({ name: 'a' })];
    expect(rank([b, a], []).chores.map((r) => r.name)).toEqual(['a', 'b']);
  });
});

describe('what counts', () => {
  it('leaves out deleted occurrences, future ones, ones older than the window and ones of no live chore', () => {
    const c = chore();
    const gone = chore({ deleted: true });
    const archived = chore({ archived: true });
    const counted = occurrence(c, weekAgo(1) + DAY, 10);
    const ignored = [
      occurrence(c, weekAgo(1) + DAY, 10, { deleted: true }),
      occurrence(c, NOW + 1, 10),
      occurrence(c, weekAgo(9) + DAY, 10),
      occurrence(gone, NOW - HOUR),
      occurrence(archived, NOW - HOUR),
      occurrence(chore(), NOW - HOUR),
    ];
    const ranking = rank([c, gone, archived], [counted, ...ignored]);
    expect(ranking.chores.map((r) => r.choreId)).toEqual([c.id]);
    expect(ranking.chores[0]?.minutesPerWeek).toBeCloseTo(10 / (3 + ELAPSED), 10);
    expect(ranking.chores[0]?.trend.weeklyMinutes.reduce((s, m) => s + m, 0)).toBe(15);
  });

  it('sums fractional minutes the same way in any order', () => {
    const c = chore();
    const logged = [2.829, 8.163, 0.261, 2.586].map((m, i) => occurrence(c, weekAgo(1) + i * HOUR, m));
    expect(rank([c], [...logged].reverse())).toEqual(rank([c], logged));
  });

  it('counts an occurrence logged exactly now', () => {
    const c = chore();
    expect(rank([c], [occurrence(c, NOW)]).chores[0]?.thisWeek.occurrences).toBe(1);
  });
});

describe('trend', () => {
  it('shows the complete weeks, oldest first, and flags a chore that keeps growing', () => {
    const c = chore();
    const logged = [1, 2, 2, 3, 4, 4, 5, 6].flatMap((count, i) => week(c, weekAgo(8 - i), count, 5));
    const [r] = rank([c], logged).chores;
    expect(r?.trend.weeklyMinutes).toEqual([10, 20, 20, 30, 40, 40, 50, 60]);
    expect(r?.trend.growing).toBe(true);
  });

  it('starts with the first week the chore was tracked in full, so a new chore does not look like it grew from nothing', () => {
    const c = chore({ createdAt: weekAgo(3) + DAY });
    const [r] = rank(
      [c],
      [2, 2, 2].flatMap((count, i) => week(c, weekAgo(3 - i), count, 5)),
    ).chores;
    expect(r?.trend.weeklyMinutes).toEqual([20, 20]);
    expect(r?.trend.growing).toBe(false);
  });
});

describe('automation budget and payback', () => {
  it('is the xkcd 1205 budget of the chore’s time over the horizon, upkeep subtracted', () => {
    const c = chore({ upkeepHoursPerYear: 3 });
    const [r] = rank([c], week(c, weekAgo(1), 12, 10), { horizonYears: 2 }).chores;
    expect(r?.breakEvenHours).toBeCloseTo(2 * ((r?.hoursPerYear ?? 0) - 3), 10);
  });

  it('gives the payback time of an estimate, and none without one', () => {
    const estimated = chore({ name: 'estimated', automationEstimateHours: 20 });
    const plain = chore({ name: 'plain' });
    const ranked = rank(
      [estimated, plain],
      [...week(estimated, weekAgo(1), 10), ...week(plain, weekAgo(1), 10)],
    ).chores;
    const r = ranked.find((x) => x.name === 'estimated');
    expect(r?.paybackWeeks).toBeCloseTo(20 / ((r?.hoursPerYear ?? 0) / WEEKS_PER_YEAR), 10);
    expect(ranked.find((x) => x.name === 'plain')?.paybackWeeks).toBeNull();
  });
});

describe('recommendation', () => {
  // Marked automatable, and logged in two weeks: a chore can then be picked (pick.test.ts, learning.test.ts).
  const traits = { ...chore().traits, automatable: true };
  const busy = chore({ name: 'Restart flaky job', annoyance: 4, traits });
  const calm = chore({ name: 'Rotate logs', traits });
  const logged = [
    ...week(busy, weekAgo(1), 6, 10),
    ...week(busy, weekAgo(2), 6, 10),
    ...week(calm, weekAgo(1), 3, 10),
    ...week(calm, weekAgo(2), 1, 10),
  ];

  it('is the most painful chore, with one plain sentence saying why', () => {
    const { recommendation, chores } = rank([calm, busy], logged);
    expect(recommendation?.choreId).toBe(busy.id);
    expect(recommendation?.sentence).toMatch(
      /^Automate “Restart flaky job” first: it costs you about \d+ h a year \([\d.]+ times a week\), and up to \d+ h spent automating it would still pay off within 5 years\.$/,
    );
    expect(chores[0]?.choreId).toBe(busy.id);
  });

  it('passes over a chore already automated, even the most painful', () => {
    const done = { ...busy, status: 'automated' as const, automatedAt: NOW - 30 * DAY };
    const { recommendation, chores } = rank([calm, done], logged);
    expect(chores[0]?.choreId).toBe(busy.id);
    expect(recommendation?.choreId).toBe(calm.id);
  });

  it('tells the user to finish a chore they are automating', () => {
    const started = { ...busy, status: 'automating' as const };
    expect(rank([calm, started], logged).recommendation?.sentence).toMatch(
      /^Finish automating “Restart flaky job” first/,
    );
  });

  it('passes over a chore whose upkeep would cost more than it saves', () => {
    const costly = { ...busy, upkeepHoursPerYear: 10_000 };
    expect(rank([calm, costly], logged).recommendation?.choreId).toBe(calm.id);
  });

  it('says when the chore keeps growing and when an estimate pays back', () => {
    const growing = chore({ name: 'Growing', automationEstimateHours: 8, traits });
    const history = [1, 2, 2, 3, 4, 4, 5, 6].flatMap((count, i) =>
      week(growing, weekAgo(8 - i), count * 3, 5),
    );
    const { sentence = '' } = rank([growing], history).recommendation ?? {};
    expect(sentence).toContain('and keeps growing');
    expect(sentence).toMatch(/your estimate pays back in \d+ weeks\.$/);
  });

  it('is null when nothing was logged', () => {
    expect(rank([calm, busy], []).recommendation).toBeNull();
  });
});

describe('numbers that explain the order (issue 14)', () => {
  const traits = { ...chore().traits, automatable: true };

  it('gives no yearly figure after one 10-minute entry on day one', () => {
    const c = chore({ name: 'Renew token', createdAt: NOW - 2 * HOUR, traits });
    const ranking = rank([c], [occurrence(c, NOW - HOUR, 10)]);
    const [r] = ranking.chores;
    if (!r) throw new Error('not ranked');
    expect(ranking.recommendation?.sentence).not.toMatch(/h a year|pay off/);
    expect(explainChore(r, settings).join('\n')).not.toMatch(/a year\b|Worth up to/);
  });

  it('never recommends a chore not marked automatable, however painful', () => {
    const manual = chore({ name: 'Manual review', traits: { ...traits, automatable: false } });
    const script = chore({ name: 'Scriptable', traits });
    const logged = [manual, script].flatMap((c, i) => [
      ...week(c, weekAgo(1), 12 - i * 8),
      ...week(c, weekAgo(2), 12 - i * 8),
    ]);
    const ranking = rank([manual, script], logged);
    expect(ranking.chores[0]?.choreId).toBe(manual.id);
    expect(ranking.recommendation?.choreId).toBe(script.id);
  });

  it('ranks a chore growing with the service above an equal one that is not marked so', () => {
    const scales = chore({ name: 'B scales', traits: { ...traits, scalesLinearly: true } });
    const plain = chore({ name: 'A plain', traits });
    const logged = [scales, plain].flatMap((c) =>
      [1, 2, 3, 4, 5, 6, 7, 8].flatMap((n, i) => week(c, weekAgo(8 - i), 10 + n, 5)),
    );
    expect(rank([plain, scales], logged).chores.map((r) => r.name)).toEqual(['B scales', 'A plain']);
  });

  it('words last week’s figures for last week, never "this week"', () => {
    const c = chore({ createdAt: weekAgo(1) + DAY });
    const last = rankChores({
      chores: [c],
      occurrences: [...week(c, weekAgo(1), 3), occurrence(c, weekAgo(1) + 5 * DAY)],
      now: weekAgo(0) - 1,
      settings,
    });
    const [r] = last.chores;
    if (!r) throw new Error('not ranked');
    expect(explainChore(r, settings, 'last').join('\n')).not.toMatch(/this week/);
    expect(last.weekInProgress).toBe(false);
  });
});
