import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { interleaved } from './held-writes';
import { call, callJson, callWithEnv, countRows, createTeam, join } from './helpers';

type Answer = { error: string; message: string };
type Tokens = { tokens: { id: string; kind: string; memberId: string | null }[] };

const adminsOfTeam = (teamName: string) =>
  countRows('members', "team_id = (SELECT id FROM teams WHERE name = ?) AND role = 'admin'", teamName);

/** A team with two admins: its creator and a member made admin. */
async function twoAdmins() {
  const team = await createTeam();
  const second = await join(team, 'Second');
  const res = await call(`/v1/members/${second.memberId}`, {
    method: 'PATCH',
    token: team.adminToken,
    body: { role: 'admin' },
  });
  expect(res.status).toBe(200);
  return { team, second };
}

/** Of two admin acts at once, exactly one succeeds and the other is refused with a 4xx. */
const oneSucceeds = (statuses: number[]) => {
  expect(statuses.filter((s) => s === 200)).toHaveLength(1);
  expect(statuses.filter((s) => s >= 400 && s < 500)).toHaveLength(1);
};

describe('a team keeps at least one admin', () => {
  it('lets only one of two admins demoting each other at once succeed', async () => {
    const { team, second } = await twoAdmins();
    const answers = await Promise.all([
      callJson<Answer>(`/v1/members/${second.memberId}`, {
        method: 'PATCH',
        token: team.adminToken,
        body: { role: 'member' },
      }),
      callJson<Answer>(`/v1/members/${team.adminId}`, {
        method: 'PATCH',
        token: second.token,
        body: { role: 'member' },
      }),
    ]);
    oneSucceeds(answers.map((a) => a.status));
    expect(await adminsOfTeam(team.name)).toBe(1);
  });

  it('refuses a demotion whose caller was still an admin at its check but not at its write', async () => {
    const { team, second } = await twoAdmins();
    const held = await interleaved(
      (DB) =>
        callWithEnv<Answer>({ DB }, `/v1/members/${second.memberId}`, {
          method: 'PATCH',
          token: team.adminToken,
          body: { role: 'member' },
        }),
      async () => {
        const res = await call(`/v1/members/${team.adminId}`, {
          method: 'PATCH',
          token: second.token,
          body: { role: 'member' },
        });
        expect(res.status).toBe(200);
      },
    );
    expect(held.status).toBe(409);
    expect(held.body.error).toBe('last_admin');
    expect(await adminsOfTeam(team.name)).toBe(1);
  });

  it('lets only one of two admins leaving at once go', async () => {
    const { team, second } = await twoAdmins();
    const answers = await Promise.all([
      call('/v1/me', { method: 'DELETE', token: team.adminToken }),
      call('/v1/me', { method: 'DELETE', token: second.token }),
    ]);
    oneSucceeds(answers.map((a) => a.status));
    expect(await adminsOfTeam(team.name)).toBe(1);
  });

  it('refuses a leave whose check ran before the other admin left (held between read and write)', async () => {
    const { team, second } = await twoAdmins();
    const held = await interleaved(
      (DB) => callWithEnv<Answer>({ DB }, '/v1/me', { method: 'DELETE', token: team.adminToken }),
      async () => expect((await call('/v1/me', { method: 'DELETE', token: second.token })).status).toBe(200),
    );
    expect(held.status).toBe(409);
    expect(held.body.error).toBe('last_admin');
    expect(await adminsOfTeam(team.name)).toBe(1);
  });

  it('refuses removing the other admin when the caller was demoted meanwhile, keeping one admin', async () => {
    const { team, second } = await twoAdmins();
    const answers = await Promise.all([
      call(`/v1/members/${second.memberId}`, { method: 'DELETE', token: team.adminToken }),
      call(`/v1/members/${team.adminId}`, { method: 'DELETE', token: second.token }),
    ]);
    oneSucceeds(answers.map((a) => a.status));
    expect(await adminsOfTeam(team.name)).toBe(1);
  });

  it('refuses removing the other admin after that admin removed the caller’s admin rights', async () => {
    const { team, second } = await twoAdmins();
    const held = await interleaved(
      (DB) =>
        callWithEnv<Answer>({ DB }, `/v1/members/${second.memberId}`, {
          method: 'DELETE',
          token: team.adminToken,
        }),
      async () => {
        const res = await call(`/v1/members/${team.adminId}`, {
          method: 'PATCH',
          token: second.token,
          body: { role: 'member' },
        });
        expect(res.status).toBe(200);
      },
    );
    expect(held.status).toBe(409);
    expect(await adminsOfTeam(team.name)).toBe(1);
  });
});

describe('revoking tokens', () => {
  it('refuses to revoke the last admin’s token, and allows it once another admin exists', async () => {
    const team = await createTeam();
    const list = await callJson<Tokens>('/v1/tokens', { token: team.adminToken });
    const own = list.body.tokens.find((t) => t.memberId === team.adminId && t.kind === 'member');
    const refused = await callJson<Answer>(`/v1/tokens/${own?.id}`, {
      method: 'DELETE',
      token: team.adminToken,
    });
    expect(refused.status).toBe(409);
    expect(refused.body.error).toBe('last_admin');
    expect((await call('/v1/team', { token: team.adminToken })).status).toBe(200);

    const second = await join(team);
    await call(`/v1/members/${second.memberId}`, {
      method: 'PATCH',
      token: team.adminToken,
      body: { role: 'admin' },
    });
    expect((await call(`/v1/tokens/${own?.id}`, { method: 'DELETE', token: second.token })).status).toBe(200);
    expect((await call('/v1/team', { token: team.adminToken })).status).toBe(401);
  });

  it('closes the member’s dashboard link with their token', async () => {
    const team = await createTeam();
    const member = await join(team);
    const link = await callJson<{ url: string }>('/v1/dashboard-link', {
      method: 'POST',
      token: member.token,
    });
    const page = new URL(link.body.url).pathname;
    expect((await call(page)).status).toBe(200);
    const list = await callJson<Tokens>('/v1/tokens', { token: team.adminToken });
    const token = list.body.tokens.find((t) => t.memberId === member.memberId && t.kind === 'member');
    expect((await call(`/v1/tokens/${token?.id}`, { method: 'DELETE', token: team.adminToken })).status).toBe(
      200,
    );
    expect((await call(page)).status).toBe(401);
    expect(await countRows('tokens', 'member_id = ?', member.memberId)).toBe(0);
  });
});

/** Admins of the team who hold at least one sign-in token (kind 'member'): who can still run it. */
const adminsWithToken = (teamName: string) =>
  countRows(
    'members',
    `team_id = (SELECT id FROM teams WHERE name = ?) AND role = 'admin'
     AND EXISTS (SELECT 1 FROM tokens WHERE member_id = members.id AND kind = 'member')`,
    teamName,
  );

/** The id of a member's sign-in token, as an admin lists it. */
async function signInTokenOf(team: { adminToken: string }, memberId: string): Promise<string> {
  const list = await callJson<Tokens>('/v1/tokens', { token: team.adminToken });
  const found = list.body.tokens.find((t) => t.memberId === memberId && t.kind === 'member');
  if (!found) throw new Error(`no sign-in token of ${memberId}`);
  return found.id;
}

/** Two admins, the second's token revoked by the first: the second is an admin nobody can sign in as. */
async function coAdminWithoutToken() {
  const { team, second } = await twoAdmins();
  const id = await signInTokenOf(team, second.memberId);
  expect((await call(`/v1/tokens/${id}`, { method: 'DELETE', token: team.adminToken })).status).toBe(200);
  return { team, second };
}

describe('a team keeps an admin with a working token', () => {
  it('refuses the last admin with a token leaving when the other admin’s token was revoked', async () => {
    const { team } = await coAdminWithoutToken();
    const answer = await callJson<Answer>('/v1/me', { method: 'DELETE', token: team.adminToken });
    expect(answer.status).toBe(409);
    expect(answer.body.error).toBe('last_admin');
    expect(await adminsWithToken(team.name)).toBe(1);
  });

  it('refuses that admin demoting themself', async () => {
    const { team } = await coAdminWithoutToken();
    const answer = await callJson<Answer>(`/v1/members/${team.adminId}`, {
      method: 'PATCH',
      token: team.adminToken,
      body: { role: 'member' },
    });
    expect(answer.status).toBe(409);
    expect(answer.body.error).toBe('last_admin');
    expect(await adminsWithToken(team.name)).toBe(1);
  });

  it('refuses that admin erasing themself', async () => {
    const { team } = await coAdminWithoutToken();
    const answer = await callJson<Answer>('/v1/me/data', { method: 'DELETE', token: team.adminToken });
    expect(answer.status).toBe(409);
    expect(answer.body.error).toBe('last_admin');
    expect(await adminsWithToken(team.name)).toBe(1);
  });

  it('lets that admin remove the admin without a token, and then still refuses their leaving', async () => {
    const { team, second } = await coAdminWithoutToken();
    expect(
      (await call(`/v1/members/${second.memberId}`, { method: 'DELETE', token: team.adminToken })).status,
    ).toBe(200);
    expect((await call('/v1/me', { method: 'DELETE', token: team.adminToken })).status).toBe(409);
  });

  it('lets an admin with two sign-in tokens revoke one of them, and keeps the other', async () => {
    const team = await createTeam();
    const first = await signInTokenOf(team, team.adminId);
    await env.DB.prepare(
      `INSERT INTO tokens (hash, id, team_id, member_id, kind, created_at)
       SELECT 'second-device-hash', 'second-device', team_id, id, 'member', 0 FROM members WHERE id = ?`,
    )
      .bind(team.adminId)
      .run();
    expect(
      (await call('/v1/tokens/second-device', { method: 'DELETE', token: team.adminToken })).status,
    ).toBe(200);
    const last = await callJson<Answer>(`/v1/tokens/${first}`, { method: 'DELETE', token: team.adminToken });
    expect(last.status).toBe(409);
    expect(await adminsWithToken(team.name)).toBe(1);
  });

  it('lets only one of “revoke the other admin’s token” and “demote the revoker” succeed at once', async () => {
    const { team, second } = await twoAdmins();
    const id = await signInTokenOf(team, second.memberId);
    const answers = await Promise.all([
      call(`/v1/tokens/${id}`, { method: 'DELETE', token: team.adminToken }),
      call(`/v1/members/${team.adminId}`, { method: 'PATCH', token: second.token, body: { role: 'member' } }),
    ]);
    oneSucceeds(answers.map((a) => a.status));
    expect(await adminsWithToken(team.name)).toBe(1);
  });

  it('refuses a demotion held past its check while the demoting admin’s own token was revoked', async () => {
    const { team, second } = await twoAdmins();
    const id = await signInTokenOf(team, second.memberId);
    const held = await interleaved(
      (DB) =>
        callWithEnv<Answer>({ DB }, `/v1/members/${team.adminId}`, {
          method: 'PATCH',
          token: second.token,
          body: { role: 'member' },
        }),
      async () =>
        expect((await call(`/v1/tokens/${id}`, { method: 'DELETE', token: team.adminToken })).status).toBe(
          200,
        ),
    );
    expect(held.status).toBe(409);
    expect(held.body.error).toBe('last_admin');
    expect(await adminsWithToken(team.name)).toBe(1);
  });

  it('refuses a leave held past its check while the other admin’s token was revoked', async () => {
    const { team, second } = await twoAdmins();
    const id = await signInTokenOf(team, second.memberId);
    const held = await interleaved(
      (DB) => callWithEnv<Answer>({ DB }, '/v1/me', { method: 'DELETE', token: team.adminToken }),
      async () =>
        expect((await call(`/v1/tokens/${id}`, { method: 'DELETE', token: team.adminToken })).status).toBe(
          200,
        ),
    );
    expect(held.status).toBe(409);
    expect(held.body.error).toBe('last_admin');
    expect(await adminsWithToken(team.name)).toBe(1);
  });
});
