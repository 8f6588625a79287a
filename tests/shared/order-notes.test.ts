import { describe, expect, it } from 'vitest';
import { rankingBasis } from '../../shared/basis';
import { NO_TRAITS } from '../../shared/model';
import { orderNotes } from '../../shared/order-notes';
import { rankChores } from '../../shared/ranking';
import { weekWindow } from '../../shared/weeks';
import { chore, NOW, settings, week } from './fixtures';

const weeks = weekWindow(NOW, 8, settings.timeZone, settings.weekStartsOn);
const weekAgo = (n: number) => weeks[8 - n] ?? 0;
/** `count` entries of `minutes` a week in each of the last two complete weeks. */
const twoWeeks = (c: ReturnType<typeof chore>, count: number, minutes: number) => [
  ...week(c, weekAgo(1), count, minutes),
  ...week(c, weekAgo(2), count, minutes),
];
const notesOf = (chores: ReturnType<typeof chore>[], occurrences: ReturnType<typeof twoWeeks>) => {
  const ranking = rankChores({ chores, occurrences, now: NOW, settings });
  const notes = orderNotes(ranking.chores);
  return ranking.chores.map((r) => [r.name, notes.get(r.choreId)]);
};

describe('the weights a ranked row shows', () => {
  it('shows none where the time a week alone gives the order', () => {
    const a = chore({ name: 'Long' });
    const b = chore({ name: 'Short' });
    expect(notesOf([a, b], [...twoWeeks(a, 2, 40), ...twoWeeks(b, 2, 10)])).toEqual([
      ['Long', { refocus: false, annoyance: false, growth: false }],
      ['Short', { refocus: false, annoyance: false, growth: false }],
    ]);
  });

  it('shows the refocus time on many short chores ranked above fewer longer ones', () => {
    const many = chore({ name: 'Many short' });
    const few = chore({ name: 'Few long' });
    // 10 x 2 min = 20 min + 50 min refocus, against 1 x 25 min + 5 min.
    expect(notesOf([few, many], [...twoWeeks(many, 10, 2), ...twoWeeks(few, 1, 25)])).toEqual([
      ['Many short', { refocus: true, annoyance: false, growth: false }],
      ['Few long', { refocus: false, annoyance: false, growth: false }],
    ]);
  });

  it('shows the annoyance weight on both sides of the order it changed', () => {
    const awful = chore({ name: 'Awful', annoyance: 5 });
    const calm = chore({ name: 'Calm', annoyance: 1 });
    const plain = chore({ name: 'Plain' });
    expect(
      notesOf(
        [calm, awful, plain],
        [...twoWeeks(awful, 2, 20), ...twoWeeks(calm, 2, 30), ...twoWeeks(plain, 1, 5)],
      ),
    ).toEqual([
      ['Awful', { refocus: false, annoyance: true, growth: false }],
      ['Calm', { refocus: false, annoyance: true, growth: false }],
      ['Plain', { refocus: false, annoyance: false, growth: false }],
    ]);
  });

  it('shows the growth weight of a chore marked as growing with the service that it lifted', () => {
    const scales = chore({ name: 'Scales', traits: { ...NO_TRAITS, scalesLinearly: true } });
    const flat = chore({ name: 'Flat' });
    const growing = [0, 1, 2, 3, 4, 5, 6, 7].flatMap((i) => week(scales, weekAgo(8 - i), 10 + i, 5));
    const steady = [0, 1, 2, 3, 4, 5, 6, 7].flatMap((i) => week(flat, weekAgo(8 - i), 19, 5));
    expect(notesOf([flat, scales], [...growing, ...steady])).toEqual([
      ['Scales', { refocus: false, annoyance: false, growth: true }],
      ['Flat', { refocus: false, annoyance: false, growth: false }],
    ]);
  });
});

describe('the line saying what the ranking averages', () => {
  it('names the weeks shown and what each weight does', () => {
    expect(rankingBasis(settings, 'this')).toEqual({
      averages: 'Ordered by time a week: the average of the last 3 weeks and this week so far.',
      weights:
        'Plus 5 min of refocusing per entry, times annoyance (x0.5 to x1.5) and, for a chore that grows with the service, its growth (up to x2).',
    });
    expect(rankingBasis({ ...settings, contextSwitchMinutes: 0 }, 'last')).toEqual({
      averages: 'Ordered by time a week: the average of last week and the 3 before it.',
      weights:
        'Times annoyance (x0.5 to x1.5) and, for a chore that grows with the service, its growth (up to x2).',
    });
  });
});
