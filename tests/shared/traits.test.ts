import { describe, expect, it } from 'vitest';
import { newChore } from '../../shared/chores';
import { explainChore } from '../../shared/explain';
import { NO_TRAITS } from '../../shared/model';
import { rankChores, TREND_WEEKS } from '../../shared/ranking';
import { traitsWithDefaults } from '../../shared/traits';
import { GROWTH_LOOKAHEAD_WEEKS, MAX_GROWTH_WEIGHT } from '../../shared/trend';
import { weekWindow } from '../../shared/weeks';
import { chore, NOW, settings, week } from './fixtures';

const weeks = weekWindow(NOW, 8, settings.timeZone, settings.weekStartsOn);
const weekAgo = (n: number) => weeks[8 - n] ?? 0;
/** 10, 11, ... 17 entries of 5 minutes in the 8 complete weeks: growing. */
const growing = (c: ReturnType<typeof chore>, step = 1) =>
  [0, 1, 2, 3, 4, 5, 6, 7].flatMap((i) => week(c, weekAgo(8 - i), 10 + i * step, 5));
const flat = (c: ReturnType<typeof chore>) =>
  [0, 1, 2, 3, 4, 5, 6, 7].flatMap((i) => week(c, weekAgo(8 - i), 5, 5));
const rankOne = (c: ReturnType<typeof chore>, occurrences: ReturnType<typeof growing>) => {
  const [r] = rankChores({ chores: [c], occurrences, now: NOW, settings }).chores;
  if (!r) throw new Error('not ranked');
  return r;
};

describe('toil traits that count', () => {
  it('start as manual and repetitive on a new chore, the rest unmarked', () => {
    expect(newChore({ name: 'Rotate keys' }, { id: 'chore-000001', now: NOW }).traits).toEqual({
      ...NO_TRAITS,
      manual: true,
      repetitive: true,
    });
  });

  it('read as manual and repetitive for an older chore with no trait marked, once logged twice', () => {
    expect(traitsWithDefaults(NO_TRAITS, 2)).toEqual({ ...NO_TRAITS, manual: true, repetitive: true });
    expect(traitsWithDefaults(NO_TRAITS, 1)).toEqual(NO_TRAITS);
    const marked = { ...NO_TRAITS, tactical: true };
    expect(traitsWithDefaults(marked, 9)).toEqual(marked);
    const old = chore({ traits: NO_TRAITS });
    expect(rankOne(old, flat(old)).traits).toMatchObject({
      manual: true,
      repetitive: true,
      automatable: false,
    });
  });

  it('weigh a measured growth in the pain of a chore marked as growing with the service', () => {
    const scales = chore({ traits: { ...NO_TRAITS, scalesLinearly: true } });
    const r = rankOne(scales, growing(scales));
    const timePerWeek = r.minutesPerWeek + r.switchMinutesPerWeek;
    expect(r.trend.growing).toBe(true);
    expect(r.growthWeight).toBeCloseTo(
      1 + (r.trend.slopeMinutesPerWeek * GROWTH_LOOKAHEAD_WEEKS) / timePerWeek,
      10,
    );
    expect(r.growthWeight).toBeGreaterThan(1.25);
    expect(r.growthWeight).toBeLessThan(MAX_GROWTH_WEIGHT);
    expect(r.pain).toBeCloseTo(r.hoursPerYear * r.annoyanceWeight * r.growthWeight, 10);
    expect(explainChore(r, settings).join('\n')).toMatch(
      /Grows with the service, about \d+ min more each week over the last 8 weeks: weighs it x1\.\d+ \(its cost 8 weeks ahead at this pace\)/,
    );
  });

  it('leave the same growth unweighted for a chore not marked so, and say why', () => {
    const plain = chore();
    const r = rankOne(plain, growing(plain));
    expect(r.trend.growing).toBe(true);
    expect(r.growthWeight).toBe(1);
    expect(r.pain).toBeCloseTo(r.hoursPerYear * r.annoyanceWeight, 10);
    expect(explainChore(r, settings).join('\n')).toContain(
      '(not marked as growing with the service, so it adds no weight)',
    );
  });

  it('look as far ahead as the trend was measured', () => {
    expect(GROWTH_LOOKAHEAD_WEEKS).toBe(TREND_WEEKS);
  });

  it('add nothing for a chore marked as growing that is steady, and cap the weight at x2', () => {
    const scales = chore({ traits: { ...NO_TRAITS, scalesLinearly: true } });
    const steady = rankOne(scales, flat(scales));
    expect(steady.growthWeight).toBe(1);
    expect(explainChore(steady, settings).join('\n')).toContain(
      'Grows with the service, but steady over the last 8 weeks',
    );
    expect(rankOne(scales, growing(scales, 12)).growthWeight).toBe(MAX_GROWTH_WEIGHT);
  });

  it('rank a chore that grows with the service above an equal one that does not', () => {
    const scales = chore({ name: 'Scales', traits: { ...NO_TRAITS, scalesLinearly: true } });
    const plain = chore({ name: 'Plain' });
    const { chores } = rankChores({
      chores: [plain, scales],
      occurrences: [...growing(scales), ...growing(plain)],
      now: NOW,
      settings,
    });
    expect(chores.map((r) => r.name)).toEqual(['Scales', 'Plain']);
  });

  it('show in "why", with the reason a chore is never picked', () => {
    const c = chore();
    const r = rankOne(c, flat(c));
    const lines = explainChore(r, settings);
    expect(lines).toContain('Toil traits: manual, repetitive');
    expect(lines).toContain('Not marked automatable: ranked as toil, but never picked to automate first');
  });
});
