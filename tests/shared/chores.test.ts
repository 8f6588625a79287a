import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { findChoreByName, mergeChores, newChore, upsert } from '../../shared/chores';
import { chore, DAY, NOW, occurrence } from './fixtures';

describe('newChore', () => {
  it('makes a valid manual chore with its matching key and sensible defaults', () => {
    const c = newChore({ name: '  Restart  flaky job ' }, { id: 'chore-new-1', now: NOW });
    expect(c).toMatchObject({
      id: 'chore-new-1',
      name: 'Restart  flaky job',
      key: 'restart flaky job',
      status: 'manual',
      annoyance: 3,
      defaultMinutes: 5,
      createdAt: NOW,
      updatedAt: NOW,
      deleted: false,
    });
    // Issue 14: a chore the user logs by hand, again, is manual and repetitive; the rest is theirs to say.
    expect(Object.entries(c.traits).filter(([, on]) => on)).toEqual([
      ['manual', true],
      ['repetitive', true],
    ]);
  });

  it('throws a readable error for an invalid field', () => {
    expect(() => newChore({ name: '' }, { id: 'chore-new-2', now: NOW })).toThrow(ZodError);
    expect(() => newChore({ name: 'x', annoyance: 9 }, { id: 'chore-new-3', now: NOW })).toThrow(
      'annoyance must be from 1 to 5',
    );
  });
});

describe('findChoreByName', () => {
  it('finds a live chore however its name is spaced or cased', () => {
    const c = chore({ name: 'Restart flaky job' });
    const gone = chore({ name: 'Rotate logs', deleted: true });
    expect(findChoreByName([gone, c], '  restart   FLAKY job')).toBe(c);
    expect(findChoreByName([gone, c], 'Rotate logs')).toBeUndefined();
  });
});

describe('mergeChores', () => {
  const keep = chore({ name: 'Restart flaky job', createdAt: NOW - 30 * DAY });
  const twin = chore({ name: 'restart the flaky job', createdAt: NOW - 10 * DAY });
  const mine = occurrence(keep, NOW - DAY);
  const theirs = [occurrence(twin, NOW - 2 * DAY), occurrence(twin, NOW - 3 * DAY, 5, { deleted: true })];

  it('moves every occurrence over and leaves a tombstone, stamping what changed', () => {
    const merged = mergeChores(keep, twin, [mine, ...theirs], NOW);
    expect(merged.chores).toEqual([{ ...twin, deleted: true, updatedAt: NOW }]);
    expect(merged.occurrences).toEqual(theirs.map((o) => ({ ...o, choreId: keep.id, updatedAt: NOW })));
  });

  it('dates the kept chore back when the other was tracked for longer', () => {
    const merged = mergeChores(twin, keep, [mine, ...theirs], NOW);
    expect(merged.chores[0]).toEqual({ ...twin, createdAt: keep.createdAt, updatedAt: NOW });
  });

  it('does nothing when asked to merge a chore into itself', () => {
    expect(mergeChores(keep, keep, [mine], NOW)).toEqual({ chores: [], occurrences: [] });
  });
});

describe('upsert', () => {
  it('replaces records by id and appends new ones once', () => {
    const [a, b, c] = [chore(), chore(), chore()];
    const a2 = { ...a, name: 'renamed' };
    expect(upsert([a, b], [a2, c, c])).toEqual([a2, b, c]);
  });
});
