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
import { recording, wholeReads } from './query-plans';
import { teamOf } from './rollup-truth';

const DAY = 86_400_000;

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

    expect(captured.length).toBeGreaterThan(40);
    expect(await wholeReads(captured)).toEqual([]);
  });
});
