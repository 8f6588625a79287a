import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TeamSection } from '../../../../extension/components/team/TeamSection';
import { TeamViewPanel } from '../../../../extension/components/team/TeamViewPanel';
import { SYNC_KEY, TEAM_VIEW_KEY } from '../../../../extension/db/core/rows';
import { dashboardUrlOn, readTeamView, type TeamView } from '../../../../extension/sync/team-view';
import { startWorkerServer, type WorkerServer } from '../../../e2e/worker-server';
import { freshDb } from '../../fixtures/db';
import { createAndLogChore } from '../../fixtures/dexie-verbs';
import { createTeam, joinAndShare, joinedState } from '../../fixtures/sync';
import { eventually, mount } from '../../fixtures/ui';

type HappyDom = { happyDOM?: { settings: { fetch: { disableSameOriginPolicy: boolean } } } };

let server: WorkerServer;
beforeAll(async () => {
  // An extension page with the server's host permission is not held to CORS; happy-dom's page (on
  // localhost) is, and the Worker's /health and dashboard pages send no CORS headers.
  const happy = (globalThis as unknown as HappyDom).happyDOM;
  if (!happy) throw new Error('this test runs in happy-dom');
  happy.settings.fetch.disableSameOriginPolicy = true;
  server = await startWorkerServer({ rateLimit: 100_000 });
}, 120_000);
afterAll(() => server?.dispose());

const TOKEN = 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG';

function dashboardLink(root: HTMLElement): HTMLAnchorElement | null {
  return root.querySelector<HTMLAnchorElement>('a.team-dashboard-link');
}

describe('the Team view’s dashboard link', () => {
  it('links a member to the team dashboard page on the team server, which shows the team’s chores', {
    timeout: 60_000,
  }, async () => {
    const team = await createTeam(server.url);
    const db = await freshDb();
    await createAndLogChore(db, { name: 'Rotate TLS cert', minutes: 20, source: 'form' });
    await joinAndShare(db, { server: server.url, inviteCode: team.inviteCode }, 'Ada');

    const root = mount(<TeamViewPanel db={db} timeZone="UTC" />);
    await eventually(() => expect(dashboardLink(root)?.textContent).toContain('Team dashboard'));
    const link = dashboardLink(root);
    expect(link?.href.startsWith(`${server.url}/dashboard/`)).toBe(true);
    expect(link?.target).toBe('_blank');
    expect(link?.rel.split(' ')).toContain('noopener');
    expect(link?.textContent).toBe('Team dashboard (opens in a new tab)');
    expect((await readTeamView(db))?.dashboardUrl).toBe(link?.href);

    const page = await fetch(link?.href ?? '');
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Rotate TLS cert');

    const full = mount(<TeamSection db={db} timeZone="UTC" />);
    await eventually(() => expect(dashboardLink(full)?.href).toBe(link?.href));
  });

  it('falls back to the extension’s Team section when the team server cannot be reached', async () => {
    const db = await freshDb();
    const dead = 'http://127.0.0.1:9';
    const state = joinedState(dead, { token: TOKEN, memberId: 'm1', teamName: 'Platform' });
    const cached: TeamView = {
      leaderboard: {
        team: 'Platform',
        week: { start: 0, end: 1, label: '23–29 Nov 2026' },
        timeZone: 'UTC',
        chores: [],
        hiddenChores: 0,
        recommendation: null,
      },
      catalogue: [],
      fetchedAt: 0,
      dashboardUrl: `${dead}/dashboard/${TOKEN}`,
    };
    await db.kv.bulkPut([
      { key: SYNC_KEY, value: state },
      { key: TEAM_VIEW_KEY, value: cached },
    ]);
    const root = mount(<TeamViewPanel db={db} timeZone="UTC" />);
    await eventually(() => expect(root.textContent).toContain('Showing the last known figures'));
    expect(dashboardLink(root)?.getAttribute('href')).toBe('/dashboard.html#team');
    expect(dashboardLink(root)?.textContent).toBe('Team page (opens in a new tab)');
  });
});

describe('dashboardUrlOn', () => {
  const server = 'https://toil.example.com';
  it('accepts a dashboard page on the team server’s own origin', () => {
    expect(dashboardUrlOn(server, `${server}/dashboard/${TOKEN}`)).toBe(`${server}/dashboard/${TOKEN}`);
  });

  it('refuses any other origin, scheme, path or a URL carrying credentials, query or fragment', () => {
    const refused = [
      `https://evil.example/dashboard/${TOKEN}`,
      `http://toil.example.com/dashboard/${TOKEN}`,
      `https://toil.example.com:8443/dashboard/${TOKEN}`,
      `https://toil.example.com.evil.example/dashboard/${TOKEN}`,
      `https://user:pw@toil.example.com/dashboard/${TOKEN}`,
      `https://toil.example.com/dashboard/${TOKEN}?next=https://evil.example`,
      `https://toil.example.com/dashboard/${TOKEN}#x`,
      `https://toil.example.com/v1/team`,
      `https://toil.example.com/dashboard/../v1/${TOKEN}`,
      `javascript:alert(1)//${server}/dashboard/${TOKEN}`,
      'not a url',
      '',
      undefined,
    ];
    for (const url of refused) expect(dashboardUrlOn(server, url), String(url)).toBeUndefined();
  });
});
