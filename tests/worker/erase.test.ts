import { createScheduledController, env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import worker from '../../worker/index';
import {
  call,
  callJson,
  callWithEnv,
  chore,
  choreChange,
  countRows,
  createTeam,
  EVERY_CHORE,
  failingWrites,
  join,
  occurrence,
  occurrenceChange,
  pushChanges,
  type TestTeam,
} from './helpers';
import { recording } from './query-plans';

type Answer = { error: string; message: string };
const DAY = 86_400_000;

async function teamIdOf(team: TestTeam): Promise<string> {
  const row = await env.DB.prepare('SELECT team_id FROM members WHERE id = ?')
    .bind(team.adminId)
    .first<{ team_id: string }>();
  if (!row) throw new Error('no team');
  return row.team_id;
}

/** A member who logged a chore this week, in a team where another member logged another one. */
async function memberWithData(team: TestTeam, name = 'Rotate keys') {
  const member = await join(team);
  const c = chore({ name });
  const push = await pushChanges(member.token, [
    choreChange(c),
    occurrenceChange(occurrence(c.id, { at: Date.now() - 60_000 })),
  ]);
  expect(push.body.results.map((r) => r.status)).toEqual(['applied', 'applied']);
  return { ...member, chore: c };
}

async function boardNames(token: string): Promise<string[]> {
  const { body } = await callJson<{ chores: { name: string }[] }>('/v1/leaderboard', { token });
  return body.chores.map((c) => c.name).sort();
}

const heldOf = (memberId: string) =>
  Promise.all([
    countRows('chores', 'member_id = ?', memberId),
    countRows('occurrences', 'member_id = ?', memberId),
    countRows('member_week_totals', 'member_id = ?', memberId),
  ]);

async function refusedAs(token: string, code: string) {
  for (const [method, path] of [
    ['GET', '/v1/team'],
    ['GET', '/v1/sync/pull'],
    ['POST', '/v1/sync/push'],
    ['GET', '/v1/leaderboard'],
    ['POST', '/v1/dashboard-link'],
    ['DELETE', '/v1/me'],
  ] as const) {
    const res = await callJson<Answer>(path, {
      method,
      token,
      ...(path === '/v1/sync/push' ? { body: { changes: [] } } : {}),
    });
    expect(res.status, `${method} ${path}`).toBe(401);
    expect(res.body.error, `${method} ${path}`).toBe(code);
    expect(res.body.message).toMatch(/\w/);
  }
}

describe('removing and erasing members', () => {
  it('removes a member and erases their data in one step, recomputing the team’s figures', async () => {
    const team = await createTeam(EVERY_CHORE);
    const gone = await memberWithData(team, 'Rotate keys');
    await memberWithData(team, 'Renew certs');
    expect(await boardNames(team.adminToken)).toEqual(['Renew certs', 'Rotate keys']);

    const res = await call(`/v1/members/${gone.memberId}?erase=true`, {
      method: 'DELETE',
      token: team.adminToken,
    });
    expect(res.status).toBe(200);
    expect(await heldOf(gone.memberId)).toEqual([0, 0, 0]);
    expect(await boardNames(team.adminToken)).toEqual(['Renew certs']);
    const catalogue = await callJson<{ chores: { name: string }[] }>('/v1/catalogue', {
      token: team.adminToken,
    });
    expect(catalogue.body.chores.map((c) => c.name)).toEqual(['Renew certs']);
    await refusedAs(gone.token, 'removed');
  });

  it('changes nothing when storage fails during a removal with erase (one transaction)', async () => {
    const team = await createTeam(EVERY_CHORE);
    const member = await memberWithData(team);
    const failed = await callWithEnv<Answer>(
      { DB: failingWrites(env.DB) },
      `/v1/members/${member.memberId}?erase=true`,
      {
        method: 'DELETE',
        token: team.adminToken,
      },
    );
    expect(failed.status).toBe(503);
    expect(await heldOf(member.memberId)).toEqual([1, 1, 1]);
    expect(await boardNames(team.adminToken)).toEqual(['Rotate keys']);
    expect((await call('/v1/team', { token: member.token })).status).toBe(200);
  });

  it('tells a removed member so on every call (401 removed), keeping their records in the team totals', async () => {
    const team = await createTeam(EVERY_CHORE);
    const gone = await memberWithData(team);
    expect(
      (await call(`/v1/members/${gone.memberId}`, { method: 'DELETE', token: team.adminToken })).status,
    ).toBe(200);
    await refusedAs(gone.token, 'removed');
    expect(await heldOf(gone.memberId)).toEqual([1, 1, 1]);
    expect(await boardNames(team.adminToken)).toEqual(['Rotate keys']);
  });

  it('lets a removed member erase what the server still holds of them, then forgets their token', async () => {
    const team = await createTeam();
    const gone = await memberWithData(team);
    await call(`/v1/members/${gone.memberId}`, { method: 'DELETE', token: team.adminToken });
    const erase = await call('/v1/me/data', { method: 'DELETE', token: gone.token });
    expect(erase.status).toBe(200);
    expect(await heldOf(gone.memberId)).toEqual([0, 0, 0]);
    expect(await boardNames(team.adminToken)).toEqual([]);
    expect(await countRows('gone_tokens', 'member_id = ?', gone.memberId)).toBe(0);
    const after = await callJson<Answer>('/v1/team', { token: gone.token });
    expect(after.status).toBe(401);
    expect(after.body.error).toBe('unauthorized');
  });

  it('lets a member who left erase later (401 left until then)', async () => {
    const team = await createTeam();
    const gone = await memberWithData(team);
    expect((await call('/v1/me', { method: 'DELETE', token: gone.token })).status).toBe(200);
    await refusedAs(gone.token, 'left');
    expect(await heldOf(gone.memberId)).toEqual([1, 1, 1]);
    expect((await call('/v1/me/data', { method: 'DELETE', token: gone.token })).status).toBe(200);
    expect(await heldOf(gone.memberId)).toEqual([0, 0, 0]);
    expect(await boardNames(team.adminToken)).toEqual([]);
  });

  it('lets a solo admin erase: with nobody left to run it, the team goes too', async () => {
    const team = await createTeam();
    const teamId = await teamIdOf(team);
    const c = chore();
    await pushChanges(team.adminToken, [choreChange(c), occurrenceChange(occurrence(c.id))]);
    const res = await call('/v1/me/data', { method: 'DELETE', token: team.adminToken });
    expect(res.status).toBe(200);
    expect(await heldOf(team.adminId)).toEqual([0, 0, 0]);
    expect(await countRows('teams', 'id = ?', teamId)).toBe(0);
    expect(await countRows('week_totals', 'team_id = ?', teamId)).toBe(0);
    expect(((await callJson<Answer>('/v1/team', { token: team.adminToken })).body as Answer).error).toBe(
      'unauthorized',
    );
  });

  it('keeps the last admin of a team with members from erasing, and says what to do', async () => {
    const team = await createTeam();
    await join(team);
    const c = chore();
    await pushChanges(team.adminToken, [choreChange(c)]);
    const res = await callJson<Answer>('/v1/me/data', { method: 'DELETE', token: team.adminToken });
    expect(res.status).toBe(409);
    expect(res.body.error).toBe('last_admin');
    expect(res.body.message).toMatch(/admin/);
    expect(await countRows('chores', 'id = ?', c.id)).toBe(1);
    expect((await call('/v1/team', { token: team.adminToken })).status).toBe(200);
  });
});

describe('deleting a team', () => {
  const tables = [
    'teams',
    'members',
    'tokens',
    'invites',
    'chores',
    'occurrences',
    'member_week_totals',
    'week_totals',
    'chore_keys',
  ];
  const rowsOf = (teamId: string) =>
    Promise.all(tables.map((t) => countRows(t, t === 'teams' ? 'id = ?' : 'team_id = ?', teamId)));

  it('deletes nothing without the team’s exact name, and only for an admin', async () => {
    const team = await createTeam();
    const member = await memberWithData(team);
    const teamId = await teamIdOf(team);
    const before = await rowsOf(teamId);
    const wrong = await callJson<Answer>('/v1/team', {
      method: 'DELETE',
      token: team.adminToken,
      body: { name: `${team.name} ` },
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error).toBe('confirmation_mismatch');
    const byMember = await call('/v1/team', {
      method: 'DELETE',
      token: member.token,
      body: { name: team.name },
    });
    expect(byMember.status).toBe(403);
    expect(await rowsOf(teamId)).toEqual(before);
  });

  it('keeps the team whole when storage fails during the deletion (one transaction)', async () => {
    const team = await createTeam();
    await memberWithData(team);
    const teamId = await teamIdOf(team);
    const before = await rowsOf(teamId);
    const failed = await callWithEnv<Answer>({ DB: failingWrites(env.DB) }, '/v1/team', {
      method: 'DELETE',
      token: team.adminToken,
      body: { name: team.name },
    });
    expect(failed.status).toBe(503);
    expect(await rowsOf(teamId)).toEqual(before);
    expect((await call('/v1/team', { token: team.adminToken })).status).toBe(200);
  });

  it('deletes everything of the team; its members are told team_deleted and may still ask to erase', async () => {
    const team = await createTeam();
    const teamId = await teamIdOf(team);
    const member = await memberWithData(team);
    const left = await memberWithData(team, 'Renew certs');
    await call('/v1/me', { method: 'DELETE', token: left.token });
    await callJson('/v1/view-links', { token: team.adminToken, body: { label: 'wall' } });
    const other = await createTeam();
    const outsider = await memberWithData(other);

    const res = await call('/v1/team', {
      method: 'DELETE',
      token: team.adminToken,
      body: { name: team.name },
    });
    expect(res.status).toBe(200);
    expect(await rowsOf(teamId)).toEqual(tables.map(() => 0));
    await refusedAs(member.token, 'team_deleted');
    await refusedAs(team.adminToken, 'team_deleted');
    await refusedAs(left.token, 'team_deleted');
    expect(await heldOf(outsider.memberId)).toEqual([1, 1, 1]);

    expect((await call('/v1/me/data', { method: 'DELETE', token: member.token })).status).toBe(200);
    expect(await countRows('gone_tokens', 'member_id = ?', member.memberId)).toBe(0);
    expect(((await callJson<Answer>('/v1/team', { token: member.token })).body as Answer).error).toBe(
      'unauthorized',
    );
  });
});

type Former = { id: string; leftAt: number | null };
const formerOf = async (team: TestTeam) =>
  (await callJson<{ former: Former[] }>('/v1/members', { token: team.adminToken })).body.former;

describe('erasing a member who is gone', () => {
  it('lists a member who left with their records, and lets an admin erase them (their token still says left)', async () => {
    const team = await createTeam(EVERY_CHORE);
    const gone = await memberWithData(team, 'Rotate keys');
    await memberWithData(team, 'Renew certs');
    const before = Date.now();
    expect((await call('/v1/me', { method: 'DELETE', token: gone.token })).status).toBe(200);
    const [listed] = await formerOf(team);
    expect(listed?.id).toBe(gone.memberId);
    expect(listed?.leftAt).toBeGreaterThanOrEqual(before);

    const res = await call(`/v1/members/${gone.memberId}?erase=true`, {
      method: 'DELETE',
      token: team.adminToken,
    });
    expect(res.status).toBe(200);
    expect(await heldOf(gone.memberId)).toEqual([0, 0, 0]);
    expect(await boardNames(team.adminToken)).toEqual(['Renew certs']);
    expect(await formerOf(team)).toEqual([]);
    await refusedAs(gone.token, 'left');
  });

  it('lets an admin erase a member removed long ago, once the server forgot their token', async () => {
    const team = await createTeam(EVERY_CHORE);
    const gone = await memberWithData(team);
    await call(`/v1/members/${gone.memberId}`, { method: 'DELETE', token: team.adminToken });
    await env.DB.prepare('UPDATE gone_tokens SET at = ? WHERE member_id = ?')
      .bind(Date.now() - 91 * DAY, gone.memberId)
      .run();
    await worker.scheduled(createScheduledController({ scheduledTime: Date.now(), cron: '17 3 * * *' }), env);
    expect(await formerOf(team)).toEqual([{ id: gone.memberId, leftAt: null }]);
    const res = await call(`/v1/members/${gone.memberId}?erase=true`, {
      method: 'DELETE',
      token: team.adminToken,
    });
    expect(res.status).toBe(200);
    expect(await heldOf(gone.memberId)).toEqual([0, 0, 0]);
    expect(await boardNames(team.adminToken)).toEqual([]);
  });

  it('answers 404 for a former member of another team, and for removing (not erasing) one, touching nothing', async () => {
    const team = await createTeam();
    const other = await createTeam();
    const gone = await memberWithData(other);
    await call('/v1/me', { method: 'DELETE', token: gone.token });
    const foreign = await call(`/v1/members/${gone.memberId}?erase=true`, {
      method: 'DELETE',
      token: team.adminToken,
    });
    expect(foreign.status).toBe(404);
    expect(await formerOf(team)).toEqual([]);
    const removeOnly = await call(`/v1/members/${gone.memberId}`, {
      method: 'DELETE',
      token: other.adminToken,
    });
    expect(removeOnly.status).toBe(404);
    expect(await heldOf(gone.memberId)).toEqual([1, 1, 1]);
  });
});

describe('the list of former members', () => {
  it('reads a few rows per member, not one per chore they left behind', async () => {
    const team = await createTeam();
    const gone = await join(team);
    const chores = Array.from({ length: 300 }, (_, i) => chore({ name: `Chore ${i}` }));
    expect((await pushChanges(gone.token, chores.map(choreChange))).status).toBe(200);
    await call('/v1/me', { method: 'DELETE', token: gone.token });
    const { db, captured } = recording(env.DB);
    const res = await callWithEnv<{ former: { id: string }[] }>({ DB: db }, '/v1/members', {
      token: team.adminToken,
    });
    expect(res.body.former.map((f) => f.id)).toEqual([gone.memberId]);
    const listing = captured.find((c) => c.sql.includes('WITH RECURSIVE'));
    if (!listing) throw new Error('no former-member listing ran');
    const { meta } = await env.DB.prepare(listing.sql)
      .bind(...listing.args)
      .all();
    expect(meta.rows_read).toBeLessThan(20);
  });
});

describe('how long the server remembers a gone token', () => {
  it('answers a gone token for 90 days, then forgets it (the daily purge deletes the row)', async () => {
    const team = await createTeam();
    const recent = await join(team);
    const old = await join(team);
    for (const m of [recent, old])
      await call(`/v1/members/${m.memberId}`, { method: 'DELETE', token: team.adminToken });
    const now = Date.now();
    await env.DB.prepare('UPDATE gone_tokens SET at = ? WHERE member_id = ?')
      .bind(now - 89 * DAY, recent.memberId)
      .run();
    await env.DB.prepare('UPDATE gone_tokens SET at = ? WHERE member_id = ?')
      .bind(now - 91 * DAY, old.memberId)
      .run();
    expect(((await callJson<Answer>('/v1/team', { token: recent.token })).body as Answer).error).toBe(
      'removed',
    );
    expect(((await callJson<Answer>('/v1/team', { token: old.token })).body as Answer).error).toBe(
      'unauthorized',
    );

    await worker.scheduled(createScheduledController({ scheduledTime: now, cron: '17 3 * * *' }), env);
    expect(await countRows('gone_tokens', 'member_id = ?', old.memberId)).toBe(0);
    expect(await countRows('gone_tokens', 'member_id = ?', recent.memberId)).toBe(1);
  });

  it('purges invite codes once expired', async () => {
    const team = await createTeam();
    const teamId = await teamIdOf(team);
    await env.DB.prepare('UPDATE invites SET expires_at = 1 WHERE team_id = ?').bind(teamId).run();
    await worker.scheduled(createScheduledController({ scheduledTime: Date.now(), cron: '17 3 * * *' }), env);
    expect(await countRows('invites', 'team_id = ?', teamId)).toBe(0);
  });
});
