import { describe, expect, it } from 'vitest';
import { call, callJson, chore, choreChange, countRows, createTeam, join, pushChanges } from './helpers';

const UNIFORM_401 = {
  error: 'unauthorized',
  message: 'A valid bearer token is required (missing, wrong or revoked).',
};

describe('access', () => {
  it('answers the same 401 for no token, a wrong token and a malformed header', async () => {
    const answers = [
      await call('/v1/team'),
      await call('/v1/team', { token: 'A'.repeat(43) }),
      await call('/v1/team', { headers: { Authorization: 'Basic Zm9vOmJhcg==' } }),
    ];
    for (const res of answers) {
      expect(res.status).toBe(401);
      expect(await res.json()).toEqual(UNIFORM_401);
    }
  });

  it('refuses a revoked token on the very next request', async () => {
    const team = await createTeam();
    const member = await join(team);
    const { body } = await callJson<{ tokens: { id: string; memberId: string | null }[] }>('/v1/tokens', {
      token: team.adminToken,
    });
    const tokenId = body.tokens.find((t) => t.memberId === member.memberId)?.id;
    expect(tokenId).toBeDefined();
    expect((await call(`/v1/tokens/${tokenId}`, { method: 'DELETE', token: team.adminToken })).status).toBe(
      200,
    );
    const res = await call('/v1/team', { token: member.token });
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual(UNIFORM_401);
  });

  it('lists tokens and members without any secret or hash', async () => {
    const team = await createTeam();
    await join(team, 'Bo');
    const tokens = await call('/v1/tokens', { token: team.adminToken });
    const members = await callJson<{ members: { displayName: string | null; role: string }[] }>(
      '/v1/members',
      {
        token: team.adminToken,
      },
    );
    const text = await tokens.text();
    expect(text).not.toMatch(/[0-9a-f]{64}/);
    expect(text).not.toContain(team.adminToken);
    expect(members.body.members.map((m) => [m.displayName, m.role])).toEqual([
      [null, 'admin'],
      ['Bo', 'member'],
    ]);
  });

  it('answers 404 when an admin reaches for another team’s member or token', async () => {
    const mine = await createTeam();
    const theirs = await createTeam();
    const other = await join(theirs);
    const { body } = await callJson<{ tokens: { id: string }[] }>('/v1/tokens', { token: theirs.adminToken });
    const theirToken = body.tokens[0]?.id ?? '';
    expect(
      (await call(`/v1/members/${other.memberId}`, { method: 'DELETE', token: mine.adminToken })).status,
    ).toBe(404);
    expect(
      (await call(`/v1/tokens/${theirToken}`, { method: 'DELETE', token: mine.adminToken })).status,
    ).toBe(404);
    expect((await call('/v1/team', { token: other.token })).status).toBe(200);
  });

  it('removes a member: their token fails next, their records stay counted', async () => {
    const team = await createTeam();
    const member = await join(team);
    const c = chore();
    await pushChanges(member.token, [choreChange(c)]);
    expect(
      (await call(`/v1/members/${member.memberId}`, { method: 'DELETE', token: team.adminToken })).status,
    ).toBe(200);
    expect((await call('/v1/team', { token: member.token })).status).toBe(401);
    expect(await countRows('chores', 'id = ?', c.id)).toBe(1);
  });

  it('lets a member leave, and keeps the last admin from leaving', async () => {
    const team = await createTeam();
    const member = await join(team);
    expect((await call('/v1/me', { method: 'DELETE', token: member.token })).status).toBe(200);
    expect((await call('/v1/team', { token: member.token })).status).toBe(401);
    const last = await callJson<{ error: string }>('/v1/me', { method: 'DELETE', token: team.adminToken });
    expect(last.status).toBe(409);
    expect(last.body.error).toBe('last_admin');
  });

  it('erases everything the server holds about a member who asks', async () => {
    const team = await createTeam();
    const member = await join(team);
    const c = chore();
    const push = await pushChanges(member.token, [
      choreChange(c),
      {
        type: 'occurrence',
        occurrence: {
          id: 'occ-erase-1',
          choreId: c.id,
          at: c.createdAt,
          minutes: 5,
          source: 'click',
          updatedAt: c.createdAt,
          deleted: false,
        },
      },
    ]);
    expect(push.body.results.map((r) => r.status)).toEqual(['applied', 'applied']);
    expect(
      await countRows('week_totals wt JOIN members m ON m.team_id = wt.team_id', 'm.id = ?', member.memberId),
    ).toBe(1);
    expect((await call('/v1/me/data', { method: 'DELETE', token: member.token })).status).toBe(200);
    expect(await countRows('chores', 'member_id = ?', member.memberId)).toBe(0);
    expect(await countRows('occurrences', 'member_id = ?', member.memberId)).toBe(0);
    expect(await countRows('member_week_totals', 'member_id = ?', member.memberId)).toBe(0);
    expect(await countRows('members', 'id = ?', member.memberId)).toBe(0);
    expect(await countRows('tokens', 'member_id = ?', member.memberId)).toBe(0);
    const { body } = await callJson<{ chores: unknown[] }>('/v1/catalogue', { token: team.adminToken });
    expect(body.chores).toEqual([]);
  });

  it('keeps members to member endpoints: 403 on admin endpoints', async () => {
    const team = await createTeam();
    const member = await join(team);
    for (const path of ['/v1/members', '/v1/tokens']) {
      expect((await call(path, { token: member.token })).status).toBe(403);
    }
  });

  it('lets an admin make a member admin, after which the first admin may leave', async () => {
    const team = await createTeam();
    const member = await join(team);
    const other = await createTeam();
    expect(
      (
        await call(`/v1/members/${member.memberId}`, {
          method: 'PATCH',
          token: other.adminToken,
          body: { role: 'admin' },
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await call(`/v1/members/${member.memberId}`, {
          method: 'PATCH',
          token: member.token,
          body: { role: 'admin' },
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await call(`/v1/members/${team.adminId}`, {
          method: 'PATCH',
          token: team.adminToken,
          body: { role: 'member' },
        })
      ).status,
    ).toBe(409);
    expect(
      (
        await call(`/v1/members/${member.memberId}`, {
          method: 'PATCH',
          token: team.adminToken,
          body: { role: 'owner' },
        })
      ).status,
    ).toBe(400);
    expect(
      (
        await call(`/v1/members/${member.memberId}`, {
          method: 'PATCH',
          token: team.adminToken,
          body: { role: 'admin' },
        })
      ).status,
    ).toBe(200);
    expect((await call('/v1/tokens', { token: member.token })).status).toBe(200);
    expect((await call('/v1/me', { method: 'DELETE', token: team.adminToken })).status).toBe(200);
  });
});
