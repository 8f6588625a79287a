import { describe, expect, it } from 'vitest';
import { formatCountOf, formatNumber } from '../../shared/count-words';
import {
  averagedOver,
  explainChore,
  formatMinutes,
  formatTimes,
  formatWeeks,
  recommendationSentence,
} from '../../shared/explain';
import { rankChores } from '../../shared/ranking';
import { weekWindow } from '../../shared/weeks';
import { chore, NOW, settings, week } from './fixtures';

describe('numbers in words', () => {
  it.each([
    [0.5, '1 min'],
    [12.4, '12 min'],
    [59.4, '59 min'],
    [59.6, '1 h'],
    [90, '1 h 30 min'],
    [9120, '152 h'],
  ])('%f minutes read as %s', (minutes, text) => expect(formatMinutes(minutes)).toBe(text));

  it.each([
    [0.4, 'under a week'],
    [1, '1 week'],
    [8.4, '8 weeks'],
    [13, '3 months'],
    [160, '3.1 years'],
  ])('%f weeks read as %s', (weeks, text) => expect(formatWeeks(weeks)).toBe(text));

  it.each([
    [1, 'once'],
    [2, 'twice'],
    [2.54, '2.5 times'],
    [12.4, '12 times'],
  ])('%f times a week reads as %s', (n, text) => expect(formatTimes(n)).toBe(text));

  it.each([
    [0, '0 visits'],
    [1, '1 visit'],
    [999, '999 visits'],
    [28_009, '28,009 visits'],
  ])('%i visits are counted as %s', (n, text) => expect(formatCountOf(n, 'visit', 'visits')).toBe(text));

  it('groups a count by thousands', () => expect(formatNumber(1_234_567)).toBe('1,234,567'));
});

describe('explainChore', () => {
  const weeks = weekWindow(NOW, 8, settings.timeZone, settings.weekStartsOn);
  const weekAgo = (n: number) => weeks[8 - n] ?? 0;

  it('puts every figure behind a rank into a line a user can check', () => {
    const c = chore({
      name: 'Restart flaky job',
      annoyance: 4,
      upkeepHoursPerYear: 2,
      automationEstimateHours: 10,
    });
    const history = [1, 2, 2, 3, 4, 4, 5, 6].flatMap((n, i) => week(c, weekAgo(8 - i), n * 2, 5));
    const [r] = rankChores({
      chores: [c],
      occurrences: [...history, ...week(c, weekAgo(0), 4, 5)],
      now: NOW,
      settings,
    }).chores;
    if (!r) throw new Error('not ranked');
    expect(explainChore(r, settings)).toEqual([
      // 34 occurrences of 5 minutes over 3 weeks and the 2.5 days of this one
      '10 times a week, 51 min a week (average of the last 3 weeks and this week so far)',
      'About 88 h a year, 50% of it refocusing (5 min after each time)',
      'Annoyance 4/5 weighs it x1.25',
      'Growing: about 13 min more each week over the last 8 weeks (not marked as growing with the service, so it adds no weight)',
      'Toil traits: manual, repetitive',
      'Not marked automatable: ranked as toil, but never picked to automate first',
      'Worth up to 430 h of automation over 5 years after 2 h a year of upkeep',
      'The 10 h estimate to automate it pays back in 6 weeks',
    ]);
  });

  it('says when a chore is not worth automating, or an estimate never pays back', () => {
    const c = chore({ upkeepHoursPerYear: 500, automationEstimateHours: 10 });
    const occurrences = [...week(c, weekAgo(1), 2), ...week(c, weekAgo(2), 2)];
    const [r] = rankChores({ chores: [c], occurrences, now: NOW, settings }).chores;
    if (!r) throw new Error('not ranked');
    const lines = explainChore(r, settings);
    expect(lines).toContain('Not worth automating over 5 years after 500 h a year of upkeep');
    expect(lines).toContain('The 10 h estimate to automate it never pays back');
  });
});

it('says over which weeks last week’s figures are averaged, never "this week so far"', () => {
  expect(averagedOver(1, 'last')).toBe('last week alone');
  expect(averagedOver(4, 'last')).toBe('average of last week and the 3 before it');
  expect(averagedOver(2.0000001, 'last')).toBe('average of last week and the 1 before it');
});

it('says over which weeks a weekly figure is averaged, the current week counted as "so far"', () => {
  expect(averagedOver(1)).toBe('this week');
  expect(averagedOver(1.3)).toBe('this week');
  expect(averagedOver(1.6)).toBe('average of last week and this week so far');
  expect(averagedOver(4)).toBe('average of the last 4 weeks');
  expect(averagedOver(3.4)).toBe('average of the last 3 weeks and this week so far');
});

describe('the recommendation, for a user and for a team', () => {
  const weeks = weekWindow(NOW, 8, settings.timeZone, settings.weekStartsOn);
  const c = chore({ name: 'Restart flaky job', automationEstimateHours: 10 });
  // 8 steady weeks of 6 runs of 10 min. Averaged over the last 3 and this one so far (2.5 of 7 days, no
  // run yet): 18 / 3.357 = 5.36 runs, 5.36 x (10 + 5) = 80.4 min a week, 69.9 h a year; 5 years: 350 h.
  // The 10 h estimate pays back in 10 / (69.9 / 52.18) = 7.5 weeks.
  const logged = [8, 7, 6, 5, 4, 3, 2, 1].flatMap((n) => week(c, weeks[8 - n] ?? 0, 6, 10));
  const [r] = rankChores({
    chores: [{ ...c, createdAt: 0 }],
    occurrences: logged,
    now: NOW,
    settings,
  }).chores;

  it('speaks to the user by default, as the extension shows it', () => {
    if (!r) throw new Error('not ranked');
    expect(recommendationSentence(r, settings)).toBe(
      'Automate “Restart flaky job” first: it costs you about 70 h a year (5.4 times a week), and up to 350 h spent automating it would still pay off within 5 years; your estimate pays back in 7 weeks.',
    );
  });

  it('says what it costs the team and how many people it touches', () => {
    if (!r) throw new Error('not ranked');
    expect(recommendationSentence(r, settings, { people: 3 })).toBe(
      'Automate “Restart flaky job” first: it costs the team about 70 h a year across 3 people (5.4 times a week), and up to 350 h spent automating it would still pay off within 5 years; the team’s estimate pays back in 7 weeks.',
    );
    expect(recommendationSentence(r, settings, { people: 1 })).toContain('across 1 person (');
  });
});
