import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import {
  BASE,
  call,
  callJson,
  chore,
  choreChange,
  countRows,
  createTeam,
  EVERY_CHORE,
  join,
  occurrence,
  occurrenceChange,
  pushChanges,
} from './helpers';

type Link = { id: string; url: string };

async function dashboardLink(token: string) {
  return callJson<Link>('/v1/dashboard-link', { method: 'POST', token });
}

/** A team whose member logged one chore this week, so its dashboard has something to show. */
async function teamWithChore(name = 'Rotate TLS cert') {
  const team = await createTeam(EVERY_CHORE);
  const member = await join(team);
  const c = chore({ name });
  await pushChanges(member.token, [
    choreChange(c),
    occurrenceChange(occurrence(c.id, { at: Date.now() - 60_000 })),
  ]);
  return { team, member };
}

const pathOf = (link: Link) => new URL(link.url).pathname;
const viewLinks = (teamId: string) =>
  countRows('tokens', "team_id = (SELECT team_id FROM members WHERE id = ?) AND kind = 'view'", teamId);

describe('a member’s own dashboard link', () => {
  it('gives any member a link on this server that opens the team dashboard page', async () => {
    const { member } = await teamWithChore();
    const { status, body } = await dashboardLink(member.token);
    expect(status).toBe(200);
    expect(new URL(body.url).origin).toBe(BASE);
    expect(pathOf(body)).toMatch(/^\/dashboard\/[A-Za-z0-9_-]{43}$/);

    const page = await call(pathOf(body));
    expect(page.status).toBe(200);
    expect(page.headers.get('Content-Type')).toContain('text/html');
    const html = await page.text();
    expect(html).toContain('Rotate TLS cert');
    expect(html).toContain('Chores, never people');
  });

  it('answers the same URL on every call and keeps one link per member', async () => {
    const { member } = await teamWithChore();
    const first = await dashboardLink(member.token);
    const again = await Promise.all([dashboardLink(member.token), dashboardLink(member.token)]);
    expect(again.map((r) => r.body)).toEqual([first.body, first.body]);
    expect(await viewLinks(member.memberId)).toBe(1);
  });

  it('stores only the hash of the link’s token, tied to the member', async () => {
    const { member } = await teamWithChore();
    const { body } = await dashboardLink(member.token);
    const token = pathOf(body).split('/').at(-1) ?? '';
    const row = await env.DB.prepare('SELECT hash, member_id, kind FROM tokens WHERE id = ?')
      .bind(body.id)
      .first<{ hash: string; member_id: string; kind: string }>();
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(token));
    const hex = [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
    expect(row).toEqual({ hash: hex, member_id: member.memberId, kind: 'view' });
    expect(await countRows('tokens', 'hash = ? OR id = ?', token, token)).toBe(0);
  });

  it('gives the admin the link to see and revoke; the page then answers 401 and the next call a new link', async () => {
    const { team, member } = await teamWithChore();
    const { body: link } = await dashboardLink(member.token);
    const list = await callJson<{ tokens: { id: string; memberId: string | null }[] }>('/v1/view-links', {
      token: team.adminToken,
    });
    expect(list.body.tokens).toEqual([expect.objectContaining({ id: link.id, memberId: member.memberId })]);

    const revoked = await call(`/v1/view-links/${link.id}`, { method: 'DELETE', token: team.adminToken });
    expect(revoked.status).toBe(200);
    const dead = await call(pathOf(link));
    expect(dead.status).toBe(401);
    expect(await dead.text()).toContain('not valid');

    const { body: next } = await dashboardLink(member.token);
    expect(next.url).not.toBe(link.url);
    expect(next.id).not.toBe(link.id);
    expect((await call(pathOf(next))).status).toBe(200);
    expect((await call(pathOf(link))).status).toBe(401);
  });

  it('refuses a removed member and closes the link they had', async () => {
    const { team, member } = await teamWithChore();
    const { body: link } = await dashboardLink(member.token);
    const removed = await call(`/v1/members/${member.memberId}`, {
      method: 'DELETE',
      token: team.adminToken,
    });
    expect(removed.status).toBe(200);
    expect((await dashboardLink(member.token)).status).toBe(401);
    expect((await call(pathOf(link))).status).toBe(401);
  });

  it('closes the link of a member who leaves', async () => {
    const { member } = await teamWithChore();
    const { body: link } = await dashboardLink(member.token);
    expect((await call('/v1/me', { method: 'DELETE', token: member.token })).status).toBe(200);
    expect((await call(pathOf(link))).status).toBe(401);
    expect(await countRows('tokens', 'member_id = ?', member.memberId)).toBe(0);
  });

  it('replaces a stored link it cannot answer again (made from another token of the member)', async () => {
    const { member } = await teamWithChore();
    await env.DB.prepare(
      `INSERT INTO tokens (hash, id, team_id, member_id, kind, created_at)
       SELECT ?, 'stale-link-id', team_id, id, 'view', 0 FROM members WHERE id = ?`,
    )
      .bind('0'.repeat(64), member.memberId)
      .run();
    const { status, body } = await dashboardLink(member.token);
    expect(status).toBe(200);
    expect(body.id).not.toBe('stale-link-id');
    expect((await call(pathOf(body))).status).toBe(200);
    expect(await countRows('tokens', 'id = ?', 'stale-link-id')).toBe(0);
    expect((await dashboardLink(member.token)).body).toEqual(body);
  });

  it('keeps teams apart: each link shows only its team, and another team’s admin cannot revoke it', async () => {
    const mine = await teamWithChore('Mine only');
    const theirs = await teamWithChore('Theirs only');
    const { body: link } = await dashboardLink(mine.member.token);
    const page = await (await call(pathOf(link))).text();
    expect(page).toContain('Mine only');
    expect(page).not.toContain('Theirs only');

    const foreign = await call(`/v1/view-links/${link.id}`, {
      method: 'DELETE',
      token: theirs.team.adminToken,
    });
    expect(foreign.status).toBe(404);
    expect((await call(pathOf(link))).status).toBe(200);
  });

  it('answers a view link, a wrong token or no token with the uniform 401', async () => {
    const { member } = await teamWithChore();
    const { body: link } = await dashboardLink(member.token);
    const viewToken = pathOf(link).split('/').at(-1) ?? '';
    for (const token of [viewToken, 'A'.repeat(43), undefined]) {
      const res = await call('/v1/dashboard-link', { method: 'POST', ...(token ? { token } : {}) });
      expect(res.status).toBe(401);
      expect(await res.json()).toMatchObject({ error: 'unauthorized' });
    }
  });

  it('answers hostile bodies with a 4xx and a message, storing no link', async () => {
    const { member } = await teamWithChore();
    const bodies: [string, string][] = [
      ['{"teamId": "abcdefgh"}', 'application/json'],
      ['{"memberId": "abcdefgh", "__proto__": {"admin": true}}', 'application/json'],
      ['{"oops": ', 'application/json'],
      ['[]', 'application/json'],
      ['null', 'application/json'],
      ['teamId=abcdefgh', 'text/plain'],
    ];
    for (const [rawBody, type] of bodies) {
      const res = await call('/v1/dashboard-link', {
        method: 'POST',
        token: member.token,
        rawBody,
        headers: { 'Content-Type': type },
      });
      expect(res.status, rawBody).toBeGreaterThanOrEqual(400);
      expect(res.status, rawBody).toBeLessThan(500);
      expect(((await res.json()) as { message: string }).message, rawBody).toMatch(/\w/);
    }
    const huge = await call('/v1/dashboard-link', {
      method: 'POST',
      token: member.token,
      rawBody: `{"pad": "${'x'.repeat(1_100_000)}"}`,
      headers: { 'Content-Type': 'application/json' },
    });
    expect(huge.status).toBe(413);
    expect(await viewLinks(member.memberId)).toBe(0);
    expect((await callJson('/v1/dashboard-link', { token: member.token, body: {} })).status).toBe(200);
  });
});
