import { describe, expect, it } from 'vitest';
import type { TeamSummary } from '../../shared/api/team-summary';
import {
  call,
  callJson,
  chore,
  choreChange,
  createTeam,
  EVERY_CHORE,
  join,
  occurrence,
  occurrenceChange,
  pushChanges,
} from './helpers';

async function teamWithLink() {
  const team = await createTeam(EVERY_CHORE);
  const m = await join(team);
  const { status, body } = await callJson<{ id: string; url: string }>('/v1/view-links', {
    token: team.adminToken,
    body: { label: 'wall screen' },
  });
  expect(status).toBe(201);
  return { team, m, link: body, path: new URL(body.url).pathname };
}

describe('view links and the dashboard page', () => {
  it('renders the leaderboard as HTML with user text escaped and a strict CSP', async () => {
    const { m, path } = await teamWithLink();
    const c = chore({ name: '<script>alert("x")</script> & <b>bold</b>' });
    await pushChanges(m.token, [
      choreChange(c),
      occurrenceChange(occurrence(c.id, { at: Date.now() - 60_000 })),
    ]);
    const res = await call(path);
    const page = await res.text();
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toContain('text/html');
    expect(res.headers.get('Content-Security-Policy')).toContain("default-src 'none'");
    expect(res.headers.get('Content-Security-Policy')).not.toContain('unsafe-inline');
    expect(page).not.toContain('<script>');
    expect(page).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;');
    expect(page).toContain('<svg class="chart wide"');
  });

  it('shows the team’s toil, toil share against the cap, top chores, savings and the recommendation', async () => {
    const { team, m, path } = await teamWithLink();
    await call('/v1/team', {
      method: 'PATCH',
      token: team.adminToken,
      body: { settings: { workingHoursPerWeek: 10 } },
    });
    const hostile = '<img src=x onerror=alert(1)> "Deploy"';
    const born = Date.now() - 100 * 86_400_000;
    const c = chore({ name: hostile, createdAt: born });
    const done = chore({
      name: `${hostile} by hand`,
      status: 'automated',
      automatedAt: born + 30 * 86_400_000,
      createdAt: born,
    });
    await pushChanges(m.token, [
      choreChange(c),
      choreChange(done),
      occurrenceChange(occurrence(c.id, { at: Date.now() - 60_000, minutes: 55 })),
      // Entries in two weeks: a chore logged in one week only is still learning, and the recommendation
      // then gives no yearly figure (issue 14).
      occurrenceChange(occurrence(c.id, { at: Date.now() - 8 * 86_400_000, minutes: 55 })),
      occurrenceChange(occurrence(done.id, { at: born + 20 * 86_400_000, minutes: 25 })),
    ]);
    const page = await (await call(path)).text();
    const summary = await callJson<TeamSummary>('/v1/team/summary', { token: m.token });
    // One person active this week, 60 min of toil (55 + a 5-minute switch) over 10 h: 10%, so far.
    expect(summary.body.weeks.at(-1)).toMatchObject({
      toilHours: 1,
      activeMembers: 1,
      toilShare: 0.1,
      partial: true,
    });
    for (const text of [
      'Toil per week',
      'Toil share of working time',
      'SRE cap 50%',
      'This week so far: 10%, 1 h.',
      'so far',
      'The top chore, hours per week',
      'Automated chores and what they save',
      'it costs the team about',
    ])
      expect(page).toContain(text);
    expect(page).toMatch(
      /<svg class="chart weeks wide"[^>]*role="img" aria-labelledby="toil-wide-t toil-wide-d">/,
    );
    expect(page).toContain('<title id="share-wide-t">');
    expect(page).not.toContain('<img');
    expect(page).toContain('&lt;img src=x onerror=alert(1)&gt; &quot;Deploy&quot; by hand');
    expect(page).not.toMatch(/style=/);
  });

  it('marks weeks over the SRE cap, and says so in the headline', async () => {
    const { team, m, path } = await teamWithLink();
    await call('/v1/team', {
      method: 'PATCH',
      token: team.adminToken,
      body: { settings: { workingHoursPerWeek: 1 } },
    });
    const c = chore({ createdAt: Date.now() - 30 * 86_400_000 });
    // A week ago: 40 + 5 minutes of a 1-hour week, 75%.
    await pushChanges(m.token, [
      choreChange(c),
      occurrenceChange(occurrence(c.id, { at: Date.now() - 7 * 86_400_000, minutes: 40 })),
    ]);
    const page = await (await call(path)).text();
    expect(page).toContain('<p class="big over">75%</p>');
    expect(page).toContain('over Google SRE’s 50% cap');
    expect(page).toMatch(/<rect class="over"/);
  });

  it('serves its stylesheet from the Worker', async () => {
    const res = await call('/dashboard.css');
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('prefers-color-scheme: dark');
  });

  it('stops working once the admin revokes the link', async () => {
    const { team, link, path } = await teamWithLink();
    const list = await callJson<{ tokens: { id: string; label: string }[] }>('/v1/view-links', {
      token: team.adminToken,
    });
    expect(list.body.tokens.map((t) => t.label)).toEqual(['wall screen']);
    expect(
      (await call(`/v1/view-links/${link.id}`, { method: 'DELETE', token: team.adminToken })).status,
    ).toBe(200);
    const res = await call(path);
    expect(res.status).toBe(401);
    expect(await res.text()).toContain('not valid');
  });

  it('lets a view link read the leaderboard but nothing else', async () => {
    const { path } = await teamWithLink();
    const token = path.split('/').at(-1) ?? '';
    expect((await call('/v1/leaderboard', { token })).status).toBe(200);
    expect((await call('/v1/sync/pull', { token })).status).toBe(401);
    expect((await call('/v1/catalogue', { token })).status).toBe(401);
    expect((await call('/v1/team', { token })).status).toBe(401);
  });

  it('lets only admins create links, and answers a member token used as a link with 401', async () => {
    const { team, m } = await teamWithLink();
    expect((await call('/v1/view-links', { token: m.token, body: {} })).status).toBe(403);
    expect((await call(`/dashboard/${m.token}`)).status).toBe(401);
    expect(
      (await call('/v1/view-links', { token: team.adminToken, body: { label: 'x\u202e' } })).status,
    ).toBe(400);
  });
});

describe('openapi', () => {
  it('documents every endpoint and schema, generated from the zod schemas', async () => {
    const { status, body } = await callJson<{
      openapi: string;
      paths: Record<string, unknown>;
      components: { schemas: Record<string, unknown> };
    }>('/openapi.json');
    expect(status).toBe(200);
    expect(body.openapi).toMatch(/^3\./);
    expect(Object.keys(body.paths).sort()).toEqual(
      [
        '/dashboard/{token}',
        '/health',
        '/v1/dashboard-link',
        '/v1/catalogue',
        '/v1/invites',
        '/v1/invites/{id}',
        '/v1/join',
        '/v1/leaderboard',
        '/v1/me',
        '/v1/me/data',
        '/v1/me/devices',
        '/v1/me/devices/{id}',
        '/v1/me/pairing-codes',
        '/v1/me/token',
        '/v1/pair',
        '/v1/members',
        '/v1/members/{id}',
        '/v1/sync/pull',
        '/v1/sync/push',
        '/v1/team',
        '/v1/team/invite',
        '/v1/team/summary',
        '/v1/teams',
        '/v1/tokens',
        '/v1/tokens/{id}',
        '/v1/view-links',
        '/v1/view-links/{id}',
      ].sort(),
    );
    expect(Object.keys(body.components.schemas)).toEqual(
      expect.arrayContaining([
        'Change',
        'WireChore',
        'WireOccurrence',
        'PushRequest',
        'Leaderboard',
        'Error',
        'DashboardLink',
        'TeamSummary',
        'TeamWeek',
      ]),
    );
  });
});
