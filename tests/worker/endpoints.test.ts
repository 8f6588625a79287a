import { describe, expect, it } from 'vitest';
import {
  call,
  callJson,
  chore,
  choreChange,
  clearOfWindowEdge,
  createTeam,
  join,
  pushChanges,
  setupToken,
} from './helpers';

describe('endpoint failures not covered elsewhere', () => {
  it('limits team creation per address with 429 and Retry-After', async () => {
    const ip = '198.51.100.23';
    await clearOfWindowEdge();
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++)
      statuses.push(
        (await call('/v1/teams', { ip, token: setupToken(), body: { name: `Limited ${i}` } })).status,
      );
    expect(statuses.slice(0, 5)).toEqual([201, 201, 201, 201, 201]);
    expect(statuses.at(-1)).toBe(429);
  });

  it('answers 400 for a malformed invite code, member id or link id', async () => {
    const team = await createTeam();
    const bad = await callJson<{ message: string }>('/v1/join', { body: { inviteCode: 'short' } });
    expect(bad.status).toBe(400);
    expect(bad.body.message).toContain('invite code');
    expect((await call('/v1/members/x', { method: 'DELETE', token: team.adminToken })).status).toBe(400);
    expect((await call('/v1/view-links/%3Cb%3E', { method: 'DELETE', token: team.adminToken })).status).toBe(
      400,
    );
  });

  it('answers 404 for an unknown view link and 409 for an admin removing themselves', async () => {
    const team = await createTeam();
    expect(
      (await call('/v1/view-links/abcdefghijkl', { method: 'DELETE', token: team.adminToken })).status,
    ).toBe(404);
    const self = await callJson<{ error: string }>(`/v1/members/${team.adminId}`, {
      method: 'DELETE',
      token: team.adminToken,
    });
    expect(self.status).toBe(409);
  });

  it('answers 401 on every member endpoint without a token', async () => {
    const member: [string, string][] = [
      ['GET', '/v1/team'],
      ['DELETE', '/v1/me'],
      ['DELETE', '/v1/me/data'],
      ['POST', '/v1/sync/push'],
      ['GET', '/v1/sync/pull'],
      ['GET', '/v1/catalogue'],
      ['GET', '/v1/leaderboard'],
      ['GET', '/v1/members'],
      ['GET', '/v1/tokens'],
      ['GET', '/v1/view-links'],
      ['POST', '/v1/team/invite'],
      ['PATCH', '/v1/team'],
    ];
    for (const [method, path] of member) {
      const res = await call(path, {
        method,
        body: method === 'GET' || method === 'DELETE' ? undefined : {},
      });
      expect(res.status, `${method} ${path}`).toBe(401);
    }
  });

  it('keeps another team’s token away from this team’s chores in pull and catalogue', async () => {
    const mine = await createTeam();
    const theirs = await createTeam();
    const m = await join(mine);
    await pushChanges(m.token, [choreChange(chore({ name: 'Private to my team' }))]);
    const pull = await call('/v1/sync/pull', { token: theirs.adminToken });
    const catalogue = await call('/v1/catalogue', { token: theirs.adminToken });
    expect(await pull.text()).not.toContain('Private to my team');
    expect(await catalogue.text()).not.toContain('Private to my team');
  });
});
