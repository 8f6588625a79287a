import { describe, expect, it } from 'vitest';
import { explainChore } from '../../shared/explain';
import { LEARNING_DAYS, learningOf } from '../../shared/learning';
import { rankChores, rankWeek, SMOOTHING_WEEKS } from '../../shared/ranking';
import { weekWindow } from '../../shared/weeks';
import { chore, DAY, HOUR, NOW, occurrence, settings, week } from './fixtures';

const weeks = weekWindow(NOW, 8, settings.timeZone, settings.weekStartsOn);
const weekAgo = (n: number) => weeks[8 - n] ?? 0;
const automatable = { manual: true, repetitive: true, automatable: true } as const;
const traits = { ...chore().traits, ...automatable };
const rank = (
  chores: Parameters<typeof rankChores>[0]['chores'],
  occurrences: Parameters<typeof rankChores>[0]['occurrences'],
) => rankChores({ chores, occurrences, now: NOW, settings });

describe('the learning threshold', () => {
  it('is one week of tracking: the floor of the weekly average', () => {
    // rankChores never averages over less than one week: before a week, a partial week reads as a whole.
    expect(LEARNING_DAYS).toBe(7);
    expect(SMOOTHING_WEEKS).toBeGreaterThanOrEqual(2);
  });

  it('says a chore logged once on its first day is still learning, with no yearly figure', () => {
    const c = chore({ name: 'Renew token', createdAt: NOW - 2 * HOUR, traits });
    const ranking = rank([c], [occurrence(c, NOW - HOUR, 10)]);
    const [r] = ranking.chores;
    expect(r?.learning).toEqual({ entries: 1, days: 1 });
    expect(ranking.recommendation).toMatchObject({ choreId: c.id, learning: true });
    expect(ranking.recommendation?.sentence).toBe(
      '“Renew token” leads so far, but it is still learning: based on 1 entry over 1 day: too little for a yearly figure yet.',
    );
    const why = explainChore(r ?? never(), settings).join('\n');
    expect(why).toContain('Still learning: based on 1 entry over 1 day');
    expect(why).not.toMatch(/a year\b|Worth up to|pays back/);
  });

  it('holds until the chore has been tracked for 7 days, to the millisecond', () => {
    const logged = (c: ReturnType<typeof chore>) => [
      occurrence(c, weekAgo(1) + 6 * DAY + 20 * HOUR, 10),
      occurrence(c, NOW - HOUR, 10),
    ];
    const young = chore({ createdAt: NOW - LEARNING_DAYS * DAY + 1 });
    const week7 = chore({ createdAt: NOW - LEARNING_DAYS * DAY });
    expect(rank([young], logged(young)).chores[0]?.learning).toEqual({ entries: 2, days: 6 });
    expect(rank([week7], logged(week7)).chores[0]?.learning).toBeNull();
  });

  it('holds while every entry is in one week, however old the chore (one morning is not a rate)', () => {
    const old = chore({ createdAt: NOW - 60 * DAY });
    const morning = [occurrence(old, NOW - 3 * HOUR, 5), occurrence(old, NOW - 2 * HOUR, 5)];
    expect(rank([old], morning).chores[0]?.learning).toEqual({ entries: 2, days: 60 });
    const [settled] = rank([old], [...morning, occurrence(old, weekAgo(3) + DAY, 5)]).chores;
    expect(settled?.learning).toBeNull();
  });

  it('is the same from weekly rollups, as the popup and the sync server rank', () => {
    const c = chore({ createdAt: NOW - 10 * DAY });
    const totals = [{ choreId: c.id, weekStart: weekAgo(0), occurrences: 3, minutes: 30 }];
    expect(rankWeek({ chores: [c], totals, now: NOW, settings }).chores[0]?.learning).toEqual({
      entries: 3,
      days: 10,
    });
  });

  it('never makes a still-learning chore the pick while a settled one can be', () => {
    const fresh = chore({ name: 'Fresh', createdAt: NOW - DAY, traits, annoyance: 5 });
    const steady = chore({ name: 'Steady', traits });
    const ranking = rank(
      [fresh, steady],
      [...week(fresh, weekAgo(0), 9, 30), ...week(steady, weekAgo(1), 2), ...week(steady, weekAgo(2), 2)],
    );
    expect(ranking.chores.map((r) => r.name)).toEqual(['Fresh', 'Steady']);
    expect(ranking.recommendation).toMatchObject({ choreId: steady.id, learning: false });
  });

  it('counts days from creation, at least one', () => {
    expect(learningOf({ createdAt: NOW, now: NOW, entries: 0, weeksWithEntries: 0 })).toEqual({
      entries: 0,
      days: 1,
    });
    expect(learningOf({ createdAt: NOW - 3.9 * DAY, now: NOW, entries: 4, weeksWithEntries: 2 })).toEqual({
      entries: 4,
      days: 3,
    });
  });
});

function never(): never {
  throw new Error('not ranked');
}
