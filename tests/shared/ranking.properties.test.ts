import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeChores, newChore, upsert } from '../../shared/chores';
import type { Chore, Occurrence, RankingSettings } from '../../shared/model';
import { canBePicked } from '../../shared/pick';
import { rankChores } from '../../shared/ranking';
import { WEEK_MS } from '../../shared/weeks';

const DAY = 86_400_000;
const NAMES = [
  'Restart flaky job',
  'Rotate logs',
  'Renew certs',
  'Triage alerts',
  'Unstick deploy',
  'Answer access requests',
  'Reset passwords',
  'Clean disk',
];

const settingsArb: fc.Arbitrary<RankingSettings> = fc.record({
  timeZone: fc.constantFrom('Europe/Berlin', 'Australia/Sydney', 'America/New_York', 'Asia/Kathmandu', 'UTC'),
  weekStartsOn: fc.integer({ min: 0, max: 6 }),
  contextSwitchMinutes: fc.oneof(
    fc.constant(0),
    fc.integer({ min: 1, max: 30 }),
    fc.double({ min: 0, max: 120, noNaN: true }),
  ),
  horizonYears: fc.oneof(fc.constant(5), fc.double({ min: 0.5, max: 20, noNaN: true })),
});

const choreArb = (now: number) =>
  fc
    .record({
      name: fc.constantFrom(...NAMES),
      annoyance: fc.integer({ min: 1, max: 5 }),
      status: fc.constantFrom('manual', 'manual', 'automating', 'automated'),
      createdAgo: fc.integer({ min: -DAY, max: 20 * WEEK_MS }),
      automatedAgo: fc.integer({ min: 0, max: 12 * WEEK_MS }),
      estimate: fc.option(fc.integer({ min: 1, max: 200 }), { nil: undefined }),
      upkeep: fc.option(fc.constantFrom(0, 1, 5, 500), { nil: undefined }),
      archived: fc.constantFrom(false, false, false, true),
      deleted: fc.constantFrom(false, false, false, false, true),
    })
    .map((s): Omit<Chore, 'id'> => {
      const base = newChore(
        { name: s.name, annoyance: s.annoyance },
        { id: 'placeholder', now: now - s.createdAgo },
      );
      const { id: _id, ...rest } = base;
      return {
        ...rest,
        status: s.status as Chore['status'],
        ...(s.status === 'automated' ? { automatedAt: now - s.automatedAgo } : {}),
        ...(s.estimate === undefined ? {} : { automationEstimateHours: s.estimate }),
        ...(s.upkeep === undefined ? {} : { upkeepHoursPerYear: s.upkeep }),
        archived: s.archived,
        deleted: s.deleted,
      };
    });

const occurrenceArb = (now: number) =>
  fc
    .record({
      chore: fc.nat(),
      ago: fc.integer({ min: -2 * DAY, max: 11 * WEEK_MS }),
      minutes: fc.oneof(fc.integer({ min: 1, max: 90 }), fc.double({ min: 0.01, max: 1440, noNaN: true })),
      deleted: fc.constantFrom(false, false, false, false, false, true),
    })
    .map((s) => ({ ...s, at: now - s.ago }));

/** A user's data: a few chores with unique names, and occurrences of them (and of chores long gone). */
const dataArb = fc
  .record({
    now: fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2027, 0, 1) }),
    settings: settingsArb,
  })
  .chain(({ now, settings }) =>
    fc.record({
      now: fc.constant(now),
      settings: fc.constant(settings),
      chores: fc.uniqueArray(choreArb(now), { selector: (c) => c.key, minLength: 1, maxLength: 6 }),
      occurrences: fc.array(occurrenceArb(now), { maxLength: 120 }),
    }),
  )
  .map(({ now, settings, chores: specs, occurrences: occ }) => {
    const chores: Chore[] = specs.map((c, i) => ({ ...c, id: `chore-${String(i).padStart(4, '0')}` }));
    const occurrences: Occurrence[] = occ.map((o, i) => ({
      id: `occ-${String(i).padStart(6, '0')}`,
      choreId: `chore-${String(o.chore % (chores.length + 1)).padStart(4, '0')}`,
      at: o.at,
      minutes: o.minutes,
      source: 'click',
      updatedAt: now,
      deleted: o.deleted,
    }));
    return { now, settings, chores, occurrences };
  });

/** Fisher-Yates driven by a seed, so fast-check can reproduce and shrink it. */
function shuffle<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed | 0;
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) | 0;
    const j = (s >>> 0) % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

const painOf = (ranking: ReturnType<typeof rankChores>, choreId: string) =>
  ranking.chores.find((r) => r.choreId === choreId)?.pain;

describe('ranking properties', () => {
  it('ignores the order of chores and occurrences', () => {
    fc.assert(
      fc.property(dataArb, fc.integer(), fc.integer(), (data, a, b) => {
        const shuffled = {
          ...data,
          chores: shuffle(data.chores, a),
          occurrences: shuffle(data.occurrences, b),
        };
        expect(rankChores(shuffled)).toEqual(rankChores(data));
      }),
    );
  });

  it('never lowers a chore’s pain when an occurrence is added, and leaves the others alone', () => {
    fc.assert(
      fc.property(dataArb, fc.nat(), occurrenceArb(0), (data, pick, extra) => {
        const target = data.chores[pick % data.chores.length] as Chore;
        const added: Occurrence = {
          id: 'occ-added',
          choreId: target.id,
          at: data.now - extra.ago,
          minutes: extra.minutes,
          source: 'form',
          updatedAt: data.now,
          deleted: false,
        };
        const before = rankChores(data);
        const after = rankChores({ ...data, occurrences: [...data.occurrences, added] });
        const [was, is] = [painOf(before, target.id), painOf(after, target.id)];
        if (was !== undefined) expect(is).toBeGreaterThanOrEqual(was);
        for (const r of before.chores)
          if (r.choreId !== target.id) expect(painOf(after, r.choreId)).toBe(r.pain);
      }),
    );
  });

  it('never recommends a chore marked automated', () => {
    fc.assert(
      fc.property(dataArb, (data) => {
        const { recommendation } = rankChores(data);
        const recommended = data.chores.find((c) => c.id === recommendation?.choreId);
        expect(recommended?.status).not.toBe('automated');
        if (!recommended) return;
        const automated = { ...recommended, status: 'automated' as const, automatedAt: data.now };
        const next = rankChores({ ...data, chores: upsert(data.chores, [automated]) });
        expect(next.recommendation?.choreId).not.toBe(recommended.id);
      }),
    );
  });

  it('never recommends a chore not marked automatable, nor a learning one while a settled one could be', () => {
    fc.assert(
      fc.property(dataArb, fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }), (data, marks) => {
        const chores = data.chores.map((c, i) => ({
          ...c,
          traits: { ...c.traits, automatable: marks[i] ?? false },
        }));
        const ranking = rankChores({ ...data, chores });
        const pick = ranking.chores.find((r) => r.choreId === ranking.recommendation?.choreId);
        if (!pick) return;
        expect(pick.traits.automatable).toBe(true);
        if (pick.learning)
          expect(ranking.chores.some((r) => canBePicked(r) && r.learning === null)).toBe(false);
      }),
    );
  });

  it('gives the original ranking after a chore’s history is split between two names and merged back', () => {
    fc.assert(
      fc.property(
        dataArb,
        fc.nat(),
        fc.array(fc.boolean(), { maxLength: 80 }),
        fc.nat(),
        (data, pick, moves, later) => {
          const original = data.chores[pick % data.chores.length] as Chore;
          const twin = newChore(
            { name: `${original.name} (again)` },
            { id: 'chore-twin', now: original.createdAt + (later % WEEK_MS) },
          );
          const split = data.occurrences.map((o, i) =>
            o.choreId === original.id && moves[i] ? { ...o, choreId: twin.id } : o,
          );
          const merged = mergeChores(original, twin, split, data.now + 1);
          const chores = upsert([...data.chores, twin], merged.chores);
          const occurrences = upsert(split, merged.occurrences);
          expect(rankChores({ ...data, chores, occurrences })).toEqual(rankChores(data));
        },
      ),
    );
  });
});
