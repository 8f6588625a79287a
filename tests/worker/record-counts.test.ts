import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import {
  call,
  chore,
  choreChange,
  createTeam,
  join,
  occurrence,
  occurrenceChange,
  pushChanges,
  T0,
} from './helpers';
import { rollupsAndTruth, teamOf } from './rollup-truth';

const DAY = 86_400_000;

/** Chores (one deleted, one made private) and occurrences (one deleted) of a member, over three weeks. */
async function history(token: string, name: string) {
  const [kept, dropped, secret] = [
    chore({ name }),
    chore({ name: 'Rotate certs' }),
    chore({ name: 'Side job' }),
  ];
  const occs = [kept, dropped, secret].flatMap((c) =>
    [0, 7, 14].map((d) => occurrence(c.id, { at: T0 - d * DAY })),
  );
  const first = await pushChanges(token, [
    ...[kept, dropped, secret].map(choreChange),
    ...occs.map(occurrenceChange),
  ]);
  expect(first.body.results.every((r) => r.status === 'applied')).toBe(true);
  const [o] = occs;
  const later = await pushChanges(token, [
    choreChange({ ...dropped, deleted: true, updatedAt: T0 + 1 }),
    ...(o ? [occurrenceChange({ ...o, deleted: true, updatedAt: T0 + 1 })] : []),
    { type: 'private', choreId: secret.id },
  ]);
  expect(later.body.results.map((r) => r.status)).toEqual(['applied', 'applied', 'applied']);
}

/**
 * The counters the limits read equal the rows they count, and the keys' latest weeks those of their
 * rollups (tests/worker/rollup-truth.ts).
 */
async function countersHold(teamId: string) {
  const { stored, truth } = await rollupsAndTruth(teamId);
  const held = ({ members, team, lastWeeks }: typeof stored) => ({ members, team, lastWeeks });
  expect(held(stored)).toEqual(held(truth));
  return stored;
}

describe('the counters behind the limits', () => {
  it('equal the rows held through pushes, private chores, leaving, removal and erasure', async () => {
    const team = await createTeam();
    const [stays, leaves, removed, erased] = [
      await join(team),
      await join(team),
      await join(team),
      await join(team),
    ];
    const teamId = await teamOf(stays.memberId);
    for (const [i, m] of [stays, leaves, removed, erased].entries())
      await history(m.token, `Deploy ${i % 2}`);
    const before = await countersHold(teamId);
    // 4 members: 3 chores each (the private one's tombstone in its place), 6 occurrences left of 9.
    expect(before.team).toEqual([{ records: 4 * (3 + 6), keys: 2 }]);

    expect((await call('/v1/me', { method: 'DELETE', token: leaves.token })).status).toBe(200);
    // Their chores and occurrences stay in the team; their tombstone goes with the membership.
    expect((await countersHold(teamId)).team).toEqual([{ records: 4 * 9 - 1, keys: 2 }]);

    const removal = await call(`/v1/members/${removed.memberId}`, {
      method: 'DELETE',
      token: team.adminToken,
    });
    expect(removal.status).toBe(200);
    const erase = await call(`/v1/members/${erased.memberId}?erase=true`, {
      method: 'DELETE',
      token: team.adminToken,
    });
    expect(erase.status).toBe(200);
    expect((await countersHold(teamId)).team).toEqual([{ records: 4 * 9 - 2 - 9, keys: 2 }]);

    // Gone members erase what is left of them with their old tokens.
    for (const gone of [leaves, removed]) {
      expect((await call('/v1/me/data', { method: 'DELETE', token: gone.token })).status).toBe(200);
    }
    expect((await countersHold(teamId)).team).toEqual([{ records: 9, keys: 1 }]);
  });

  it('are counted for the rows a database already holds when migration 0006 applies', async () => {
    const team = await createTeam();
    const [a, b] = [await join(team), await join(team)];
    const teamId = await teamOf(a.memberId);
    await history(a.token, 'Deploy');
    await history(b.token, 'Deploy');
    await env.DB.batch([
      env.DB.prepare('UPDATE members SET chore_count = 0, occurrence_count = 0 WHERE team_id = ?').bind(
        teamId,
      ),
      env.DB.prepare('UPDATE teams SET record_count = 0, chore_key_count = 0 WHERE id = ?').bind(teamId),
      env.DB.prepare('UPDATE chore_keys SET last_week = NULL WHERE team_id = ?').bind(teamId),
    ]);
    const migration = env.TEST_MIGRATIONS.find((m) => m.name.startsWith('0006_'));
    const backfill = (migration?.queries ?? []).filter((q) => /^\s*UPDATE/.test(q));
    expect(backfill).toHaveLength(3);
    await env.DB.batch(backfill.map((q) => env.DB.prepare(q)));
    const stored = await countersHold(teamId);
    expect(stored.team).toEqual([{ records: 18, keys: 1 }]);
    expect(stored.lastWeeks).toEqual([{ k: 'deploy', w: expect.any(Number) }]);
  });

  it('keep each key’s latest week when a new week start moves every occurrence', async () => {
    const team = await createTeam();
    const m = await join(team);
    const teamId = await teamOf(m.memberId);
    await history(m.token, 'Deploy');
    const before = (await countersHold(teamId)).lastWeeks;
    const patch = { method: 'PATCH', token: team.adminToken, body: { settings: { weekStartsOn: 3 } } };
    expect((await call('/v1/team', patch)).status).toBe(200);
    const after = (await countersHold(teamId)).lastWeeks;
    expect(after).toHaveLength(1);
    expect(after).not.toEqual(before);
  });
});
