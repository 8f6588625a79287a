import { describe, expect, it } from 'vitest';
import { call, callJson, callWithEnv, countRows, createTeam, join, newInvites } from './helpers';

type Answer = { error: string; message: string };
type NewInvites = { invites: { id: string; inviteCode: string; expiresAt: number }[] };
type OpenInvites = { invites: { id: string; createdAt: number; expiresAt: number }[] };

const joinWith = (inviteCode: string, displayName?: string) =>
  callJson<Answer & { memberId: string }>('/v1/join', {
    body: { inviteCode, ...(displayName ? { displayName } : {}) },
  });
const members = (team: { adminId: string }) =>
  countRows('members', 'team_id = (SELECT team_id FROM members WHERE id = ?)', team.adminId);

describe('single-use invites: one code admits one person', () => {
  it('refuses a second join with the same code, so one person cannot join twice to defeat minPeople', async () => {
    const team = await createTeam({ settings: { minPeople: 2 } });
    expect((await joinWith(team.inviteCode, 'Mallory')).status).toBe(201);
    expect(await members(team)).toBe(2);

    const again = await joinWith(team.inviteCode, 'Mallory again');
    expect(again.status).toBe(410);
    expect(again.body.error).toBe('invite_used');
    expect(again.body.message).toMatch(/already used.*one person/);
    expect(await members(team)).toBe(2);
  });

  it('admits exactly one of several joins racing with the same code', async () => {
    const team = await createTeam();
    const [code = ''] = await newInvites(team);
    const answers = await Promise.all(Array.from({ length: 5 }, (_, i) => joinWith(code, `Racer ${i}`)));
    expect(answers.map((a) => a.status).sort()).toEqual([201, 410, 410, 410, 410]);
    expect(await members(team)).toBe(2);
  });

  it('answers the first invite at team creation, and it works once', async () => {
    const team = await createTeam();
    expect((await joinWith(team.inviteCode)).status).toBe(201);
    expect((await joinWith(team.inviteCode)).status).toBe(410);
  });
});

describe('managing invites (admin)', () => {
  it('makes several codes at once, each shown once and working once', async () => {
    const team = await createTeam();
    const { status, body } = await callJson<NewInvites>('/v1/invites', {
      token: team.adminToken,
      body: { count: 3 },
    });
    expect(status).toBe(201);
    expect(body.invites).toHaveLength(3);
    expect(new Set(body.invites.map((i) => i.inviteCode)).size).toBe(3);
    for (const invite of body.invites) expect((await joinWith(invite.inviteCode)).status).toBe(201);
    expect(await members(team)).toBe(4);
    const stored = await countRows(
      'invites',
      'hash IN (?, ?, ?) OR id IN (?, ?, ?)',
      ...body.invites.map((i) => i.inviteCode),
      ...body.invites.map((i) => i.inviteCode),
    );
    expect(stored).toBe(0);
  });

  it('lists the open codes (id, created, expires; never the code), not the used ones', async () => {
    const team = await createTeam();
    const made = await callJson<NewInvites>('/v1/invites', { token: team.adminToken, body: { count: 2 } });
    await joinWith(made.body.invites[0]?.inviteCode ?? '');
    const res = await call('/v1/invites', { token: team.adminToken });
    const text = await res.text();
    const open = JSON.parse(text) as OpenInvites;
    expect(res.status).toBe(200);
    // The creation's first code and the second new one are open; the used one is not listed.
    expect(open.invites).toHaveLength(2);
    expect(open.invites.map((i) => i.id)).toContain(made.body.invites[1]?.id);
    expect(open.invites.map((i) => i.id)).not.toContain(made.body.invites[0]?.id);
    expect(Object.keys(open.invites[0] ?? {}).sort()).toEqual(['createdAt', 'expiresAt', 'id']);
    for (const invite of made.body.invites) expect(text).not.toContain(invite.inviteCode);
  });

  it('revokes one code: it stops working at once, the others still work', async () => {
    const team = await createTeam();
    const made = await callJson<NewInvites>('/v1/invites', { token: team.adminToken, body: { count: 2 } });
    const [revoked, kept] = made.body.invites;
    const res = await call(`/v1/invites/${revoked?.id}`, { method: 'DELETE', token: team.adminToken });
    expect(res.status).toBe(200);
    expect((await joinWith(revoked?.inviteCode ?? '')).status).toBe(404);
    expect((await joinWith(kept?.inviteCode ?? '')).status).toBe(201);
    expect(
      (await call(`/v1/invites/${revoked?.id}`, { method: 'DELETE', token: team.adminToken })).status,
    ).toBe(404);
  });

  it('turns invites off: every open code stops working', async () => {
    const team = await createTeam();
    const codes = await newInvites(team, 3);
    const off = await callJson<{ revoked: number }>('/v1/invites', {
      method: 'DELETE',
      token: team.adminToken,
    });
    expect(off.status).toBe(200);
    expect(off.body.revoked).toBe(4);
    for (const code of [team.inviteCode, ...codes]) expect((await joinWith(code)).status).toBe(404);
    const open = await callJson<OpenInvites>('/v1/invites', { token: team.adminToken });
    expect(open.body.invites).toEqual([]);
  });

  it('keeps invites to admins, and another team’s invite ids out of reach', async () => {
    const team = await createTeam();
    const member = await join(team);
    const other = await createTeam();
    const theirs = await callJson<NewInvites>('/v1/invites', { token: other.adminToken, body: {} });
    for (const [method, path] of [
      ['GET', '/v1/invites'],
      ['POST', '/v1/invites'],
      ['DELETE', '/v1/invites'],
    ] as const) {
      const res = await call(path, {
        method,
        token: member.token,
        ...(method === 'POST' ? { body: {} } : {}),
      });
      expect(res.status, `${method} ${path}`).toBe(403);
    }
    const id = theirs.body.invites[0]?.id;
    expect((await call(`/v1/invites/${id}`, { method: 'DELETE', token: team.adminToken })).status).toBe(404);
    expect((await joinWith(theirs.body.invites[0]?.inviteCode ?? '')).status).toBe(201);
  });

  it('refuses more open codes than the limit with 409, making none', async () => {
    const team = await createTeam();
    const limit = { MAX_OPEN_INVITES_PER_TEAM: 4 };
    const ok = await callWithEnv<NewInvites>(limit, '/v1/invites', {
      token: team.adminToken,
      body: { count: 3 },
    });
    expect(ok.status).toBe(201);
    const over = await callWithEnv<Answer>(limit, '/v1/invites', {
      token: team.adminToken,
      body: { count: 1 },
    });
    expect(over.status).toBe(409);
    expect(over.body.error).toBe('limit_reached');
    expect(over.body.message).toContain('4 open invite codes');
    const open = await callJson<OpenInvites>('/v1/invites', { token: team.adminToken });
    expect(open.body.invites).toHaveLength(4);
  });

  it('answers 400 for a count out of range', async () => {
    const team = await createTeam();
    for (const count of [0, 21, 1.5, '2']) {
      const res = await callJson<Answer>('/v1/invites', { token: team.adminToken, body: { count } });
      expect(res.status, String(count)).toBe(400);
    }
  });
});

describe('what one team can make the server hold', () => {
  it('refuses a join over MAX_MEMBERS_PER_TEAM with 409, leaving the code unused and the team as it was', async () => {
    const team = await createTeam();
    const limit = { MAX_MEMBERS_PER_TEAM: 2 };
    const [first = '', second = ''] = await newInvites(team, 2);
    expect((await callWithEnv(limit, '/v1/join', { body: { inviteCode: first } })).status).toBe(201);
    const full = await callWithEnv<Answer>(limit, '/v1/join', { body: { inviteCode: second } });
    expect(full.status).toBe(409);
    expect(full.body.error).toBe('team_full');
    expect(full.body.message).toContain('2 members');
    expect(await members(team)).toBe(2);
    // The refused code was not spent: it works once the limit allows.
    expect((await joinWith(second)).status).toBe(201);
  });

  it('never overshoots the limit when joins race', async () => {
    const team = await createTeam();
    const limit = { MAX_MEMBERS_PER_TEAM: 3 };
    const codes = await newInvites(team, 6);
    const answers = await Promise.all(
      codes.map((inviteCode) => callWithEnv(limit, '/v1/join', { body: { inviteCode } })),
    );
    expect(answers.filter((a) => a.status === 201)).toHaveLength(2);
    expect(answers.filter((a) => a.status === 409)).toHaveLength(4);
    expect(await members(team)).toBe(3);
  });

  it('refuses a dashboard link over MAX_VIEW_LINKS_PER_TEAM with 409; members’ own links do not count', async () => {
    const team = await createTeam();
    const member = await join(team);
    expect((await call('/v1/dashboard-link', { method: 'POST', token: member.token })).status).toBe(200);
    const limit = { MAX_VIEW_LINKS_PER_TEAM: 2 };
    const make = () => callWithEnv<Answer>(limit, '/v1/view-links', { token: team.adminToken, body: {} });
    expect((await make()).status).toBe(201);
    expect((await make()).status).toBe(201);
    const over = await make();
    expect(over.status).toBe(409);
    expect(over.body.error).toBe('limit_reached');
    expect(over.body.message).toContain('at most 2 dashboard links');
    expect(
      await countRows(
        'tokens',
        "kind = 'view' AND team_id = (SELECT team_id FROM members WHERE id = ?)",
        team.adminId,
      ),
    ).toBe(3);
  });
});
