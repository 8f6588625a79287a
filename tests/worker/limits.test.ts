import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, limitsOf } from '../../worker/db/limits';
import { push } from '../../worker/db/push';
import app from '../../worker/index';
import {
  BASE,
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
  return join(team);
}

const LIMIT = { status: 'rejected', code: 'limit' };

describe('limits', () => {
  it('reads the defaults from wrangler.jsonc vars, and falls back to them when a var is absent or malformed', () => {
    expect(limitsOf(env)).toEqual({
      choresPerMemberKey: 1000,
      occurrencesPerMemberDay: 1440,
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
});
