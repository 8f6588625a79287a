import { env } from 'cloudflare:test';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { WireChore, WireOccurrence } from '../../shared/api/sync';
import { DEFAULT_LIMITS } from '../../worker/db/limits';
import { push } from '../../worker/db/push';
import {
  chore,
  choreChange,
  createTeam,
  join,
  occurrence,
  occurrenceChange,
  pushChanges,
  T0,
} from './helpers';
import { rollupsAndTruth } from './rollup-truth';

const DAY = 86_400_000;

const step = fc.oneof(
  fc.record({
    kind: fc.constant('log' as const),
    chore: fc.nat(2),
    day: fc.nat(20),
    minutes: fc.integer({ min: 1, max: 60 }),
  }),
  fc.record({
    kind: fc.constant('edit' as const),
    occ: fc.nat(30),
    minutes: fc.integer({ min: 1, max: 60 }),
    day: fc.nat(20),
  }),
  fc.record({ kind: fc.constant('delete' as const), occ: fc.nat(30) }),
  fc.record({ kind: fc.constant('rename' as const), chore: fc.nat(2), name: fc.nat(3) }),
  fc.record({ kind: fc.constant('deleteChore' as const), chore: fc.nat(2) }),
  fc.record({ kind: fc.constant('archive' as const), chore: fc.nat(2) }),
  fc.record({ kind: fc.constant('replay' as const), push: fc.nat(30) }),
  fc.record({ kind: fc.constant('private' as const), chore: fc.nat(2) }),
);

/**
 * Two devices of one member: the second step's push commits between the first one's read and write.
 * Half of them log onto a chore while the other device renames, archives, deletes or hides it (the
 * interleavings that can leave a planned rollup cell stale).
 */
const onOneChore = fc
  .tuple(
    fc.nat(2),
    fc.record({ day: fc.nat(20), minutes: fc.integer({ min: 1, max: 60 }), name: fc.nat(3) }),
    fc.constantFrom('rename' as const, 'archive' as const, 'deleteChore' as const, 'private' as const),
  )
  .map(([chore, { day, minutes, name }, kind]) => ({
    kind: 'race' as const,
    first: { kind: 'log' as const, chore, day, minutes },
    second: kind === 'rename' ? { kind, chore, name } : { kind, chore },
  }));
const race = fc.oneof(
  fc.record({ kind: fc.constant('race' as const), first: step, second: step }),
  onOneChore,
);

const NAMES = ['Restart job', 'Rotate certs', 'restart JOB', 'Triage'];

/** What the rollups must hold: a GROUP BY over the live occurrences of live chores, straight from D1. */
async function truth(teamId: string) {
  const { results } = await env.DB.prepare(
    `SELECT c.key AS k, o.week_start AS w, COUNT(*) AS n, SUM(o.minutes) AS m, COUNT(DISTINCT o.member_id) AS p
     FROM occurrences o JOIN chores c ON c.id = o.chore_id
     WHERE o.team_id = ? AND o.deleted = 0 AND c.deleted = 0 AND c.archived = 0 GROUP BY c.key, o.week_start ORDER BY k, w`,
  )
    .bind(teamId)
    .all();
  return results;
}

async function rollups(teamId: string) {
  const { results } = await env.DB.prepare(
    `SELECT chore_key AS k, week_start AS w, occurrences AS n, minutes AS m, people AS p FROM week_totals
     WHERE team_id = ? ORDER BY k, w`,
  )
    .bind(teamId)
    .all();
  return results;
}

describe('convergence', () => {
  it('keeps the rollups equal to the stored occurrences after any mix of logs, edits, deletes, renames, archives, private chores, replays and racing devices', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat(1), fc.oneof(step, race)), { minLength: 1, maxLength: 10 }),
        async (steps) => {
          const team = await createTeam();
          const people = [await join(team), await join(team)];
          const teamId =
            (
              await env.DB.prepare('SELECT team_id FROM members WHERE id = ?')
                .bind(people[0]?.memberId)
                .first<{ team_id: string }>()
            )?.team_id ?? '';
          const chores = people.map(() => [0, 1, 2].map((i) => chore({ name: NAMES[i] ?? 'x' })));
          const occs: { who: number; o: WireOccurrence }[] = [];
          const sent: { who: number; changes: unknown[] }[] = people.map((_, who) => ({
            who,
            changes: chores[who]?.map(choreChange) ?? [],
          }));
          for (const s of sent) await pushChanges(people[s.who]?.token ?? '', s.changes);
          let clock = T0 + 1;
          // Every run starts with a few occurrences per member, so edits and deletes have something to hit.
          for (const [who, p] of people.entries()) {
            const first = [0, 3, 8, 15].map((day, i) =>
              occurrence(chores[who]?.[i % 3]?.id ?? '', {
                at: T0 + day * DAY,
                minutes: 5 + i,
                updatedAt: clock,
              }),
            );
            for (const o of first) occs.push({ who, o });
            await pushChanges(p.token, first.map(occurrenceChange));
          }
          type Step = typeof step extends fc.Arbitrary<infer S> ? S : never;
          /** The changes a device of member `who` pushes for step `s` (model updated), or a replay. */
          const changesFor = (who: number, s: Step): { who: number; changes: unknown[] } | null => {
            const mine: WireChore[] = chores[who] ?? [];
            clock += 1;
            if (s.kind === 'log') {
              const o = occurrence(mine[s.chore]?.id ?? '', {
                at: T0 + s.day * DAY,
                minutes: s.minutes,
                updatedAt: clock,
              });
              occs.push({ who, o });
              return { who, changes: [occurrenceChange(o)] };
            }
            if (s.kind === 'edit' || s.kind === 'delete') {
              const own = occs.filter((x) => x.who === who);
              const target = own[s.occ % Math.max(1, own.length)];
              if (!target) return null;
              const next =
                s.kind === 'edit'
                  ? { ...target.o, minutes: s.minutes, at: T0 + s.day * DAY, updatedAt: clock }
                  : { ...target.o, deleted: true, updatedAt: clock };
              target.o = next;
              return { who, changes: [occurrenceChange(next)] };
            }
            if (s.kind === 'replay') return sent[s.push % sent.length] ?? null;
            const c = mine[s.chore];
            if (!c) return null;
            if (s.kind === 'private') return { who, changes: [{ type: 'private', choreId: c.id }] };
            const next =
              s.kind === 'rename'
                ? { ...c, name: NAMES[s.name] ?? c.name, updatedAt: clock }
                : s.kind === 'archive'
                  ? { ...c, archived: !c.archived, updatedAt: clock }
                  : { ...c, deleted: true, updatedAt: clock };
            mine[s.chore] = next;
            return { who, changes: [choreChange(next)] };
          };
          const send = async (p: { who: number; changes: unknown[] }) => {
            if (!sent.includes(p)) sent.push(p);
            const res = await pushChanges(people[p.who]?.token ?? '', p.changes);
            expect(res.status).toBe(200);
          };
          for (const [who, s] of steps) {
            if (s.kind !== 'race') {
              const p = changesFor(who, s);
              if (p) await send(p);
              continue;
            }
            // Two devices of one member: the second push commits between the first one's read and write.
            const first = changesFor(who, s.first);
            const second = changesFor(who, s.second);
            const memberId = people[first?.who ?? who]?.memberId ?? '';
            const caller = { teamId, memberId, now: Date.now(), limits: DEFAULT_LIMITS };
            let gaps = 0;
            await push(env.DB, caller, first?.changes ?? [], {
              afterRead: async () => {
                if (gaps++ === 0 && second) await send(second);
              },
            });
            if (first) sent.push(first);
            // Checked at once, before a later step could recompute a cell the race left stale.
            const now = await rollupsAndTruth(teamId);
            expect(now.stored).toEqual(now.truth);
            expect(now.orphans).toBe(0);
          }
          const { stored, truth: recomputed, orphans } = await rollupsAndTruth(teamId);
          expect(stored).toEqual(recomputed);
          expect(orphans).toBe(0);
          expect(await rollups(teamId)).toEqual(await truth(teamId));
        },
      ),
      { numRuns: 10, seed: 20261126 },
    );
  }, 120_000);
});
