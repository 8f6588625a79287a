import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { call, callJson, clearOfWindowEdge, createTeam, join, setupToken } from './helpers';

describe('teams', () => {
  it('creates a team with an admin token and invite code shown once, storing only their hashes', async () => {
    const { status, body, res } = await callJson<{
      token: string;
      invite: { inviteCode: string };
      team: { name: string };
    }>('/v1/teams', { token: setupToken(), body: { name: '<b>Ops</b> & co', adminName: 'Ana' } });
    expect(status).toBe(201);
    expect(res.headers.get('Cache-Control')).toBe('no-store');
    expect(body.team.name).toBe('<b>Ops</b> & co');
    expect(body.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const stored = await env.DB.prepare('SELECT hash FROM tokens').all<{ hash: string }>();
    expect(stored.results.map((r) => r.hash)).not.toContain(body.token);
    const teams = await env.DB.prepare('SELECT invite_hash FROM teams WHERE invite_hash = ?')
      .bind(body.invite.inviteCode)
      .all();
    expect(teams.results).toHaveLength(0);
  });

  it('answers the team and its default settings to a member (a chore shows once 2 people log it)', async () => {
    const team = await createTeam();
    const member = await join(team);
    const { status, body } = await callJson('/v1/team', { token: member.token });
    expect(status).toBe(200);
    expect(body).toEqual({
      name: team.name,
      members: 2,
      settings: {
        timeZone: 'UTC',
        weekStartsOn: 1,
        contextSwitchMinutes: 5,
        horizonYears: 5,
        minPeople: 2,
        inviteTtlHours: 168,
        workingHoursPerWeek: 40,
      },
    });
  });

  it('lets an admin change settings and refuses a member with 403', async () => {
    const team = await createTeam();
    const member = await join(team);
    const patch = { settings: { timeZone: 'Europe/Berlin', minPeople: 2 } };
    expect((await call('/v1/team', { method: 'PATCH', token: member.token, body: patch })).status).toBe(403);
    const { status, body } = await callJson<{ settings: { timeZone: string; minPeople: number } }>(
      '/v1/team',
      {
        method: 'PATCH',
        token: team.adminToken,
        body: patch,
      },
    );
    expect(status).toBe(200);
    expect(body.settings).toMatchObject({ timeZone: 'Europe/Berlin', minPeople: 2 });
  });

  it('rejects an unknown time zone and an unknown field with 400 and a message', async () => {
    const team = await createTeam();
    const bad = await callJson<{ message: string }>('/v1/team', {
      method: 'PATCH',
      token: team.adminToken,
      body: { settings: { timeZone: 'Mars/Olympus' } },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.message).toContain('IANA');
    const extra = await callJson<{ message: string }>('/v1/teams', {
      token: setupToken(),
      body: { name: 'x', teamId: 'abcdefgh' },
    });
    expect(extra.status).toBe(400);
    expect(extra.body.message).toContain('teamId');
  });

  it('rejects a team name with a NUL or a right-to-left override', async () => {
    for (const name of ['ops\u0000', 'ops\u202egnp.exe']) {
      const { status, body } = await callJson<{ message: string }>('/v1/teams', {
        token: setupToken(),
        body: { name },
      });
      expect(status).toBe(400);
      expect(body.message).toMatch(/control or text-direction/);
    }
  });
});

describe('invites', () => {
  it('joins with the invite code and an optional display name', async () => {
    const team = await createTeam();
    const { status, body } = await callJson<{ token: string; team: { members: number } }>('/v1/join', {
      body: { inviteCode: team.inviteCode, displayName: 'Bo' },
    });
    expect(status).toBe(201);
    expect(body.team.members).toBe(2);
    expect((await call('/v1/team', { token: body.token })).status).toBe(200);
  });

  it('answers 404 for an unknown code and for an expired one', async () => {
    const team = await createTeam();
    expect((await call('/v1/join', { body: { inviteCode: 'nope-nope-nope-nope' } })).status).toBe(404);
    await env.DB.prepare(
      'UPDATE invites SET expires_at = 1 WHERE team_id = (SELECT id FROM teams WHERE name = ?)',
    )
      .bind(team.name)
      .run();
    const { status, body } = await callJson<{ message: string }>('/v1/join', {
      body: { inviteCode: team.inviteCode },
    });
    expect(status).toBe(404);
    expect(body.message).toContain('expired');
  });

  it('rotates the invite code (admin only): the old code stops working', async () => {
    const team = await createTeam();
    const member = await join(team);
    expect((await call('/v1/team/invite', { method: 'POST', token: member.token })).status).toBe(403);
    const { status, body } = await callJson<{ inviteCode: string }>('/v1/team/invite', {
      method: 'POST',
      token: team.adminToken,
    });
    expect(status).toBe(200);
    expect((await call('/v1/join', { body: { inviteCode: team.inviteCode } })).status).toBe(404);
    expect((await call('/v1/join', { body: { inviteCode: body.inviteCode } })).status).toBe(201);
  });

  it('answers 429 with Retry-After when one address keeps guessing codes', async () => {
    const ip = '192.0.2.77';
    await clearOfWindowEdge();
    const statuses: number[] = [];
    for (let i = 0; i < 15; i++) {
      statuses.push((await call('/v1/join', { ip, body: { inviteCode: `guess-guess-${i}` } })).status);
    }
    expect(statuses.slice(0, 10).every((s) => s === 404)).toBe(true);
    const limited = await call('/v1/join', { ip, body: { inviteCode: 'guess-guess-last' } });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('Retry-After')).toBe('60');
  });
});
