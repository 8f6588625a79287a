import { describe, expect, it } from 'vitest';
import type { Chore } from '../../shared/model';
import { canBePicked, holdPick, PICK_MARGIN, unmarkedAbovePick } from '../../shared/pick';
import { rankChores } from '../../shared/ranking';
import { weekWindow } from '../../shared/weeks';
import { chore, NOW, settings, week } from './fixtures';

const weeks = weekWindow(NOW, 8, settings.timeZone, settings.weekStartsOn);
const weekAgo = (n: number) => weeks[8 - n] ?? 0;
const traits = { ...chore().traits, automatable: true };

/** `perWeek` entries of 10 minutes in each of the last two complete weeks. */
const logged = (c: Chore, perWeek: number) => [
  ...week(c, weekAgo(1), perWeek),
  ...week(c, weekAgo(2), perWeek),
];
const rank = (chores: Chore[], perWeek: number[]) =>
  rankChores({
    chores,
    occurrences: chores.flatMap((c, i) => logged(c, perWeek[i] ?? 0)),
    now: NOW,
    settings,
  });

describe('who can be "automate this first"', () => {
  it('never a chore not marked automatable, however painful; it stays ranked, and the user is asked', () => {
    const manual = chore({ name: 'Manual review' });
    const script = chore({ name: 'Scriptable', traits });
    const ranking = rank([manual, script], [12, 3]);
    expect(ranking.chores.map((r) => r.name)).toEqual(['Manual review', 'Scriptable']);
    expect(ranking.recommendation?.choreId).toBe(script.id);
    expect(unmarkedAbovePick(ranking)?.choreId).toBe(manual.id);
  });

  it('nobody while nothing is marked automatable', () => {
    const ranking = rank([chore(), chore()], [4, 3]);
    expect(ranking.recommendation).toBeNull();
    expect(unmarkedAbovePick(ranking)?.choreId).toBe(ranking.chores[0]?.choreId);
  });

  it('asks about nobody when the pick is the top chore', () => {
    const ranking = rank([chore({ traits }), chore()], [6, 3]);
    expect(unmarkedAbovePick(ranking)).toBeNull();
  });
});

describe('holding the pick between openings', () => {
  const a = chore({ name: 'A', traits });
  const b = chore({ name: 'B', traits });

  it('keeps the previous pick when another leads it by less than the margin', () => {
    // 11 entries against 10: a 10% lead.
    const ranking = rank([a, b], [10, 11]);
    expect(ranking.recommendation?.choreId).toBe(b.id);
    const pains = ranking.chores.map((r) => r.pain);
    expect((pains[0] ?? 0) / (pains[1] ?? 1)).toBeLessThan(1 + PICK_MARGIN);
    expect(holdPick(ranking, a.id, settings).recommendation).toMatchObject({
      choreId: a.id,
      learning: false,
    });
    expect(holdPick(ranking, a.id, settings).recommendation?.sentence).toMatch(/^Automate “A” first/);
  });

  it('changes it on a clear lead', () => {
    // 13 entries against 10: a 30% lead.
    const ranking = rank([a, b], [10, 13]);
    expect(holdPick(ranking, a.id, settings).recommendation?.choreId).toBe(b.id);
  });

  it('keeps the leader when there was no previous pick, or it was the leader', () => {
    const ranking = rank([a, b], [10, 11]);
    expect(holdPick(ranking, null, settings)).toBe(ranking);
    expect(holdPick(ranking, b.id, settings)).toBe(ranking);
  });

  it.each([
    ['automated', { status: 'automated' as const, automatedAt: NOW - 1000 }],
    ['no longer marked automatable', { traits: { ...traits, automatable: false } }],
    ['archived', { archived: true }],
    ['deleted', { deleted: true }],
  ])('replaces at once a previous pick that was %s', (_, change) => {
    const ranking = rank([{ ...a, ...change }, b], [12, 11]);
    expect(ranking.recommendation?.choreId).toBe(b.id);
    expect(holdPick(ranking, a.id, settings).recommendation?.choreId).toBe(b.id);
  });

  it('replaces a still-learning previous pick by a settled leader at once', () => {
    const fresh = chore({ name: 'Fresh', traits, createdAt: NOW - 86_400_000 });
    const ranking = rankChores({
      chores: [fresh, b],
      occurrences: [...week(fresh, weekAgo(0), 2), ...logged(b, 10)],
      now: NOW,
      settings,
    });
    expect(ranking.recommendation?.choreId).toBe(b.id);
    expect(holdPick(ranking, fresh.id, settings).recommendation?.choreId).toBe(b.id);
  });

  it('only ever holds a chore that could be picked', () => {
    const ranking = rank([a, b], [10, 11]);
    const held = holdPick(ranking, a.id, settings).recommendation?.choreId;
    const r = ranking.chores.find((c) => c.choreId === held);
    expect(r && canBePicked(r)).toBe(true);
  });
});
