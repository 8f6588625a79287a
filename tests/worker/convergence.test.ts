import { env } from 'cloudflare:test';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { WireChore, WireOccurrence } from '../../shared/api/sync';
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
  it('keeps the rollups equal to the stored occurrences after any mix of logs, edits, deletes, renames, archives and replays', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat(1), step), { minLength: 1, maxLength: 10 }),
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
          for (const [who, s] of steps) {
            const token = people[who]?.token ?? '';
            const mine: WireChore[] = chores[who] ?? [];
            let changes: unknown[] = [];
            clock += 1;
            if (s.kind === 'log') {
              const o = occurrence(mine[s.chore]?.id ?? '', {
                at: T0 + s.day * DAY,
                minutes: s.minutes,
                updatedAt: clock,
              });
              occs.push({ who, o });
              changes = [occurrenceChange(o)];
            } else if (s.kind === 'edit' || s.kind === 'delete') {
              const own = occs.filter((x) => x.who === who);
              const target = own[s.occ % Math.max(1, own.length)];
              if (!target) continue;
              const next =
                s.kind === 'edit'
                  ? { ...target.o, minutes: s.minutes, at: T0 + s.day * DAY, updatedAt: clock }
                  : { ...target.o, deleted: true, updatedAt: clock };
              target.o = next;
              changes = [occurrenceChange(next)];
            } else if (s.kind === 'rename' || s.kind === 'deleteChore' || s.kind === 'archive') {
              const c = mine[s.chore];
              if (!c) continue;
              const next =
                s.kind === 'rename'
                  ? { ...c, name: NAMES[s.name] ?? c.name, updatedAt: clock }
                  : s.kind === 'archive'
                    ? { ...c, archived: !c.archived, updatedAt: clock }
                    : { ...c, deleted: true, updatedAt: clock };
              mine[s.chore] = next;
              changes = [choreChange(next)];
            } else {
              const old = sent[s.push % sent.length];
              if (!old) continue;
              const res = await pushChanges(people[old.who]?.token ?? '', old.changes);
              expect(res.status).toBe(200);
              continue;
            }
            sent.push({ who, changes });
            const res = await pushChanges(token, changes);
            expect(res.status).toBe(200);
          }
          expect(await rollups(teamId)).toEqual(await truth(teamId));
        },
      ),
      { numRuns: 10, seed: 20261126 },
    );
  }, 120_000);
});
