import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import type { ExtensionBrowser } from './browser';
import {
  dashboardTeamRows,
  joinFromDashboard,
  logFromPopup,
  popupTeamRows,
  popupTeamView,
  type TeamRow,
  twoProfilesInATeam,
} from './sync-ui';
import { newInvite } from './worker-server';

const setup = twoProfilesInATeam('Dashboard team');

const expected: TeamRow[] = [
  { name: 'clear build cache', people: 1, times: 1 },
  { name: 'rotate tls cert', people: 2, times: 2 },
];

const dashboardLink = (popup: Page) =>
  popup.getByRole('link', { name: 'Team dashboard (opens in a new tab)' });

/** Follows the popup's Team dashboard link as a user would: a click that opens a new tab. */
async function followDashboardLink(b: ExtensionBrowser, popup: Page): Promise<Page> {
  const [page] = await Promise.all([b.context.waitForEvent('page'), dashboardLink(popup).click()]);
  await page.waitForLoadState();
  return page;
}

it('opens the Worker’s team dashboard from the popup’s Team view, showing the same chores', {
  timeout: 240_000,
}, async () => {
  const { server, ada, bob, team } = setup;
  await logFromPopup(ada, 'Rotate TLS cert', '20');
  await logFromPopup(bob, 'rotate tls cert', '10');
  await logFromPopup(bob, 'Clear build cache', '5');
  for (const [b, name] of [
    [ada, 'Ada'],
    [bob, 'Bob'],
  ] as const) {
    const page = await joinFromDashboard(b, server.url, await newInvite(server, team), name);
    await expect.poll(() => page.locator('.sync-status .waiting').textContent()).toBe('0');
    await page.close();
  }

  const popup = await popupTeamView(ada);
  await expect.poll(() => popupTeamRows(popup)).toEqual(expected);
  await expect
    .poll(() => dashboardLink(popup).getAttribute('href'))
    .toMatch(new RegExp(`^${server.url}/dashboard/[A-Za-z0-9_-]{43}$`));
  expect(await dashboardLink(popup).getAttribute('target')).toBe('_blank');
  expect(await dashboardLink(popup).getAttribute('rel')).toContain('noopener');

  const dashboard = await followDashboardLink(ada, popup);
  expect(dashboard.url().startsWith(`${server.url}/dashboard/`)).toBe(true);
  expect(await dashboard.locator('h1').textContent()).toContain('Dashboard team');
  expect(await dashboardTeamRows(dashboard)).toEqual(await popupTeamRows(popup));
  await dashboard.close();
  await popup.close();
});

it('gives a new working link after an admin revokes the old one', { timeout: 120_000 }, async () => {
  const { server, bob, team } = setup;
  const popup = await popupTeamView(bob);
  await expect.poll(() => dashboardLink(popup).getAttribute('href')).toContain('/dashboard/');
  const old = (await dashboardLink(popup).getAttribute('href')) ?? '';
  await popup.close();

  const admin = { Authorization: `Bearer ${team.adminToken}` };
  const links = (await (await fetch(`${server.url}/v1/view-links`, { headers: admin })).json()) as {
    tokens: { id: string }[];
  };
  expect(links.tokens).toHaveLength(2);
  for (const { id } of links.tokens) {
    const res = await fetch(`${server.url}/v1/view-links/${id}`, { method: 'DELETE', headers: admin });
    expect(res.status).toBe(200);
  }
  expect((await fetch(old)).status).toBe(401);

  const again = await popupTeamView(bob);
  await expect.poll(() => dashboardLink(again).getAttribute('href')).not.toBe(old);
  const dashboard = await followDashboardLink(bob, again);
  expect(await dashboardTeamRows(dashboard)).toEqual(expected);
  await dashboard.close();
  await again.close();
});

it('links to the extension’s own Team section while the team server is down', {
  timeout: 120_000,
}, async () => {
  const { server, ada } = setup;
  await server.stop();
  try {
    const popup = await popupTeamView(ada);
    const fallback = popup.getByRole('link', { name: 'Team page (opens in a new tab)' });
    await expect.poll(() => fallback.getAttribute('href')).toBe('/dashboard.html#team');
    expect(await dashboardLink(popup).count()).toBe(0);
    await popup.close();
  } finally {
    await server.start();
  }
});
