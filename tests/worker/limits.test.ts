import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, limitsOf } from '../../worker/db/limits';
import { push } from '../../worker/db/push';
import app from '../../worker/index';
import {
  BASE,
  call,
  chore,
  choreChange,
  countRows,
  createTeam,
  join,
  occurrence,
  occurrenceChange,
  type Result,
  T0,
} from './helpers';
import { teamOf } from './rollup-truth';

const DAY = 86_400_000;

/** A push through the whole Worker, with the limits of a deployment that set these vars. */
async function pushUnder(vars: Record<string, number>, token: string, changes: unknown[]) {
  const res = await app.fetch(
    new Request(`${BASE}/v1/sync/push`, {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${token}`,
        'Content-Type': 'application/json',
        'CF-Connecting-IP': '10.8.8.8',
      },
      body: JSON.stringify({ changes }),
    }),
    { ...env, ...vars } as Env,
  );
  expect(res.status).toBe(200);
  return ((await res.json()) as { results: Result[] }).results;
}

async function member() {
  const team = await createTeam();
  return { ...(await join(team)), team };
}

const LIMIT = { status: 'rejected', code: 'limit' };

describe('limits', () => {
  it('reads the defaults from wrangler.jsonc vars, and falls back to them when a var is absent or malformed', () => {
    expect(limitsOf(env)).toEqual({
      choresPerMemberKey: 1000,
      occurrencesPerMemberDay: 1440,
      choresPerMember: 5000,
      occurrencesPerMember: 200_000,
      recordsPerTeam: 500_000,
      leaderboardPage: 100,
      cataloguePage: 200,
      membersPerTeam: 200,
      openInvitesPerTeam: 100,
      viewLinksPerTeam: 100,
    });
    expect(limitsOf({})).toEqual(DEFAULT_LIMITS);
    expect(
      limitsOf({ MAX_CHORES_PER_MEMBER_KEY: '7', LEADERBOARD_PAGE: 'lots', CATALOGUE_PAGE: -3 }),
    ).toEqual({
      ...DEFAULT_LIMITS,
      choresPerMemberKey: 7,
    });
  });

  it('refuses a member’s chore beyond MAX_CHORES_PER_MEMBER_KEY under one name, deleted ones counted', async () => {
    const m = await member();
    const vars = { MAX_CHORES_PER_MEMBER_KEY: 3 };
    const [a, b, c, d] = [chore(), chore({ deleted: true }), chore({ name: 'restart  FLAKY job' }), chore()];
    const first = await pushUnder(
      vars,
      m.token,
      [a, b, c, d].map((x) => choreChange(x ?? chore())),
    );
    expect(first.map((r) => r.status)).toEqual(['applied', 'applied', 'applied', 'rejected']);
    expect(first[3]).toMatchObject({
      ...LIMIT,
      reason: expect.stringContaining('MAX_CHORES_PER_MEMBER_KEY'),
    });
    // Edits of chores already under the name still go through; another name is not affected.
    const later = await pushUnder(vars, m.token, [
      choreChange({ ...(a ?? chore()), annoyance: 5, updatedAt: T0 + 1 }),
      choreChange(chore({ name: 'Rotate certs' })),
      choreChange(chore()),
    ]);
    expect(later.map((r) => r.status)).toEqual(['applied', 'applied', 'rejected']);
    expect(await countRows('chores', 'member_id = ?', m.memberId)).toBe(4);
  });

  it('refuses a rename into a full name and leaves the chore as it was', async () => {
    const m = await member();
    const vars = { MAX_CHORES_PER_MEMBER_KEY: 1 };
    const mover = chore({ name: 'Rotate certs' });
    await pushUnder(vars, m.token, [choreChange(chore()), choreChange(mover)]);
    const [renamed] = await pushUnder(vars, m.token, [
      choreChange({ ...mover, name: 'Restart flaky job', updatedAt: T0 + 1 }),
    ]);
    expect(renamed).toMatchObject(LIMIT);
    const row = await env.DB.prepare('SELECT key, updated_at FROM chores WHERE id = ?')
      .bind(mover.id)
      .first();
    expect(row).toEqual({ key: 'rotate certs', updated_at: T0 });
  });

  it('refuses an occurrence beyond MAX_OCCURRENCES_PER_MEMBER_DAY on one UTC day, moved ones included', async () => {
    const m = await member();
    const vars = { MAX_OCCURRENCES_PER_MEMBER_DAY: 2 };
    const c = chore();
    const [o1, o2, o3] = [occurrence(c.id), occurrence(c.id, { at: T0 + 60_000 }), occurrence(c.id)];
    const nextDay = occurrence(c.id, { at: T0 + DAY });
    const results = await pushUnder(vars, m.token, [
      choreChange(c),
      ...[o1, o2, o3, nextDay].map((o) => occurrenceChange(o ?? nextDay)),
    ]);
    expect(results.map((r) => r.status)).toEqual(['applied', 'applied', 'applied', 'rejected', 'applied']);
    expect(results[3]).toMatchObject({
      ...LIMIT,
      reason: expect.stringContaining('MAX_OCCURRENCES_PER_MEMBER_DAY'),
    });
    const edits = await pushUnder(vars, m.token, [
      // Within its own day: fine. Into the full day: refused, and the stored row stays as it was.
      occurrenceChange({ ...(o1 ?? nextDay), minutes: 50, updatedAt: T0 + 1 }),
      occurrenceChange({ ...nextDay, at: T0 + 120_000, updatedAt: T0 + 1 }),
    ]);
    expect(edits.map((r) => r.status)).toEqual(['applied', 'rejected']);
    const row = await env.DB.prepare('SELECT at FROM occurrences WHERE id = ?').bind(nextDay.id).first();
    expect(row).toEqual({ at: T0 + DAY });
  });

  it('does not overshoot a limit when two devices of a member push at once', async () => {
    const m = await member();
    const teamId = await teamOf(m.memberId);
    const limits = { ...DEFAULT_LIMITS, choresPerMemberKey: 3 };
    const caller = { teamId, memberId: m.memberId, now: Date.now(), limits };
    await push(env.DB, caller, [choreChange(chore())]);
    let gap = 0;
    const first = await push(env.DB, caller, [choreChange(chore()), choreChange(chore())], {
      afterRead: async () => {
        // The other device fills the name while this push is between its read and its write.
        if (gap++ === 0) await push(env.DB, caller, [choreChange(chore()), choreChange(chore())]);
      },
    });
    expect(gap).toBe(2);
    expect(first.results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect(await countRows('chores', 'member_id = ?', m.memberId)).toBe(3);
  });

  it('refuses a member’s chore beyond MAX_CHORES_PER_MEMBER, deleted and private ones counted, and stores nothing of it', async () => {
    const m = await member();
    const vars = { MAX_CHORES_PER_MEMBER: 4 };
    const [a, b, gone] = [chore({ name: 'A' }), chore({ name: 'B', deleted: true }), chore({ name: 'C' })];
    const first = await pushUnder(vars, m.token, [choreChange(a), choreChange(b), choreChange(gone)]);
    expect(first.map((r) => r.status)).toEqual(['applied', 'applied', 'applied']);
    // Made private: the chore goes, its tombstone is a record the member still holds.
    const [forgotten] = await pushUnder(vars, m.token, [{ type: 'private', choreId: gone.id }]);
    expect(forgotten?.status).toBe('applied');
    const [d, e] = [chore({ name: 'D' }), chore({ name: 'E' })];
    const later = await pushUnder(vars, m.token, [
      choreChange({ ...a, annoyance: 5, updatedAt: T0 + 1 }),
      choreChange(d),
      choreChange(e),
    ]);
    // An edit of a chore already held goes through; the 4th record fits, the 5th does not.
    expect(later.map((r) => r.status)).toEqual(['applied', 'applied', 'rejected']);
    expect(later[2]).toMatchObject({
      ...LIMIT,
      reason: 'more than 4 chores of yours (MAX_CHORES_PER_MEMBER)',
    });
    expect(await countRows('chores', 'id = ?', e.id)).toBe(0);
    expect(await countRows('chores', 'member_id = ?', m.memberId)).toBe(3);
    // Another member of the team is not affected.
    const mate = await join(m.team);
    expect((await pushUnder(vars, mate.token, [choreChange(chore())]))[0]?.status).toBe('applied');
  });

  it('refuses an occurrence beyond MAX_OCCURRENCES_PER_MEMBER, deleted ones counted, whatever their days', async () => {
    const m = await member();
    const vars = { MAX_OCCURRENCES_PER_MEMBER: 3 };
    const c = chore();
    const [o1, o2, o3, o4] = [0, 1, 2, 3].map((d) => occurrence(c.id, { at: T0 - d * 30 * DAY }));
    const results = await pushUnder(vars, m.token, [
      choreChange(c),
      ...[o1, o2, o3, o4].map((o) => occurrenceChange({ ...(o ?? occurrence(c.id)), deleted: o === o2 })),
    ]);
    expect(results.map((r) => r.status)).toEqual(['applied', 'applied', 'applied', 'applied', 'rejected']);
    expect(results[4]).toMatchObject({
      ...LIMIT,
      reason: 'more than 3 occurrences of yours (MAX_OCCURRENCES_PER_MEMBER)',
    });
    // Edits of stored occurrences still go through.
    const [edit] = await pushUnder(vars, m.token, [
      occurrenceChange({ ...(o1 ?? occurrence(c.id)), minutes: 50, updatedAt: T0 + 1 }),
    ]);
    expect(edit?.status).toBe('applied');
    expect(await countRows('occurrences', 'member_id = ?', m.memberId)).toBe(3);
  });

  it('refuses records beyond MAX_RECORDS_PER_TEAM across its members, those who left included', async () => {
    const team = await createTeam();
    const [a, b] = [await join(team), await join(team)];
    const vars = { MAX_RECORDS_PER_TEAM: 5 };
    const ca = chore();
    expect(
      await pushUnder(vars, a.token, [choreChange(ca), occurrenceChange(occurrence(ca.id))]),
    ).toMatchObject([{ status: 'applied' }, { status: 'applied' }]);
    expect((await call('/v1/me', { method: 'DELETE', token: a.token })).status).toBe(200);
    const cb = chore();
    const results = await pushUnder(vars, b.token, [
      choreChange(cb),
      occurrenceChange(occurrence(cb.id)),
      occurrenceChange(occurrence(cb.id)),
      occurrenceChange(occurrence(cb.id)),
    ]);
    expect(results.map((r) => r.status)).toEqual(['applied', 'applied', 'applied', 'rejected']);
    expect(results[3]).toMatchObject({
      ...LIMIT,
      reason: 'more than 5 chores and occurrences in your team (MAX_RECORDS_PER_TEAM)',
    });
    // Edits and deletes of records already held still go through: nothing is added.
    const [deleted] = await pushUnder(vars, b.token, [
      choreChange({ ...cb, deleted: true, updatedAt: T0 + 1 }),
    ]);
    expect(deleted?.status).toBe('applied');
    expect(await countRows('occurrences', 'team_id = ?', await teamOf(b.memberId))).toBe(3);
  });

  it('does not overshoot MAX_CHORES_PER_MEMBER when two devices of a member push at once', async () => {
    const m = await member();
    const teamId = await teamOf(m.memberId);
    const limits = { ...DEFAULT_LIMITS, choresPerMember: 3 };
    const caller = { teamId, memberId: m.memberId, now: Date.now(), limits };
    await push(env.DB, caller, [choreChange(chore({ name: 'A' }))]);
    let gap = 0;
    const first = await push(
      env.DB,
      caller,
      [choreChange(chore({ name: 'B' })), choreChange(chore({ name: 'C' }))],
      {
        afterRead: async () => {
          // The other device takes the last places while this push is between its read and its write.
          if (gap++ === 0)
            await push(env.DB, caller, [
              choreChange(chore({ name: 'D' })),
              choreChange(chore({ name: 'E' })),
            ]);
        },
      },
    );
    expect(gap).toBe(2);
    expect(first.results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect(await countRows('chores', 'member_id = ?', m.memberId)).toBe(3);
  });

  it('does not overshoot MAX_RECORDS_PER_TEAM when two members push at once', async () => {
    const team = await createTeam();
    const [a, b] = [await join(team), await join(team)];
    const teamId = await teamOf(a.memberId);
    const limits = { ...DEFAULT_LIMITS, recordsPerTeam: 3 };
    const callerOf = (memberId: string) => ({ teamId, memberId, now: Date.now(), limits });
    await push(env.DB, callerOf(a.memberId), [choreChange(chore())]);
    let gap = 0;
    const first = await push(env.DB, callerOf(a.memberId), [choreChange(chore()), choreChange(chore())], {
      afterRead: async () => {
        // Another member takes the team's last places while this push is between its read and its write.
        if (gap++ === 0)
          await push(env.DB, callerOf(b.memberId), [choreChange(chore()), choreChange(chore())]);
      },
    });
    expect(gap).toBe(2);
    expect(first.results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect(await countRows('chores', 'team_id = ?', teamId)).toBe(3);
  });
});
