import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
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
import { teamOf } from './rollup-truth';

const DAY = 86_400_000;

type Captured = { sql: string; args: unknown[] };

/** env.DB, recording every statement prepared through it with the values bound to it. */
function recording(db: D1Database) {
  const captured: Captured[] = [];
  const wrapped = new Proxy(db, {
    get(target, prop) {
      if (prop === 'prepare') {
        return (sql: string) => {
          const statement = target.prepare(sql);
          const bind = statement.bind.bind(statement);
          statement.bind = (...args: unknown[]) => {
            captured.push({ sql, args });
            return bind(...args);
          };
          return statement;
        };
      }
      const value = Reflect.get(target, prop);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return { db: wrapped, captured };
}

/** A team with history: three members, chores under shared keys, occurrences over many weeks. */
async function teamWithHistory() {
  const team = await createTeam();
  const people = [await join(team), await join(team), await join(team)];
  for (const [i, p] of people.entries()) {
    const chores = ['Deploy', 'Rotate certs', `Own chore ${i}`].map((name) => chore({ name }));
    const occs = chores.flatMap((c) =>
      Array.from({ length: 40 }, (_, d) => occurrence(c.id, { at: T0 - d * 3 * DAY, minutes: 1 + d })),
    );
    await pushChanges(p.token, [...chores.map(choreChange), ...occs.map(occurrenceChange)]);
  }
  return people;
}

describe('query plans of a push', () => {
  it('runs no statement of a push as a scan of a table or of a whole team or member, reads and writes alike', async () => {
    // Another team's history too, so that a team filter that is not used shows up as rows read.
    await teamWithHistory();
    const [m] = await teamWithHistory();
    if (!m) throw new Error('no member');
    const caller = {
      teamId: await teamOf(m.memberId),
      memberId: m.memberId,
      now: Date.now(),
      limits: DEFAULT_LIMITS,
    };
    const { db, captured } = recording(env.DB);
    const c = chore({ name: 'Deploy' });
    const gone = chore({ name: 'Rotate certs' });
    const o = occurrence(c.id, { at: T0 - 10 * DAY });
    // Every kind of change: new chores and occurrences, edits that move occurrences between weeks and
    // chores, a rename and an archive (moving a chore's history between cells), a delete, a private.
    await push(db, caller, [choreChange(c), choreChange(gone), occurrenceChange(o)]);
    await push(db, caller, [
      choreChange({ ...c, name: 'Deploy to prod', updatedAt: T0 + 1 }),
      occurrenceChange({ ...o, at: T0 - 30 * DAY, minutes: 3, updatedAt: T0 + 1 }),
      occurrenceChange(occurrence(gone.id, { at: T0 - 5 * DAY })),
    ]);
    await push(db, caller, [
      choreChange({ ...c, name: 'Deploy to prod', archived: true, updatedAt: T0 + 2 }),
      choreChange({ ...gone, deleted: true, updatedAt: T0 + 2 }),
      occurrenceChange({ ...o, choreId: gone.id, deleted: true, updatedAt: T0 + 2 }),
    ]);
    await push(db, caller, [{ type: 'private', choreId: c.id }]);
    // Duplicates and rejections only: the read path alone.
    await push(db, caller, [occurrenceChange(occurrence(gone.id))]);

    const tables = new Set(
      (
        await env.DB.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all<{ name: string }>()
      ).results.map((r) => r.name),
    );
    const scans: string[] = [];
    for (const { sql, args } of captured) {
      const plan = await env.DB.prepare(`EXPLAIN QUERY PLAN ${sql}`)
        .bind(...args)
        .all<{ detail: string }>();
      for (const { detail } of plan.results) {
        // "SCAN json_each" reads the push's own input, and "SCAN <cte or subquery>" rows already found;
        // only a scan of a stored table reads rows the push did not name.
        const table = /^SCAN (\w+)/.exec(detail)?.[1];
        // A search on nothing but the team or the member reads all of its rows: a scan by another name.
        const whole = /^SEARCH \w+ USING .*\((team_id=\?|member_id=\?|team_id=\? AND member_id=\?)\)$/.test(
          detail,
        );
        if ((table && tables.has(table)) || whole)
          scans.push(`${detail}\n  in: ${sql.replace(/\s+/g, ' ').slice(0, 120)}`);
      }
    }
    expect(captured.length).toBeGreaterThan(40);
    expect(scans).toEqual([]);
  });
});
