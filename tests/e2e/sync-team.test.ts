import { afterAll, beforeAll, expect, it } from 'vitest';
import { closeAndRemove, type ExtensionBrowser, launchWithExtension } from './browser';
import { dashboardTeamRows, joinFromDashboard, logFromPopup, popupTeamRows, type TeamRow } from './sync-ui';
import { createTeam, startWorkerServer, type TestTeam, type WorkerServer } from './worker-server';

let server: WorkerServer;
let ada: ExtensionBrowser;
let bob: ExtensionBrowser;
let team: TestTeam;

beforeAll(async () => {
  server = await startWorkerServer();
  [ada, bob] = await Promise.all([launchWithExtension(), launchWithExtension()]);
  team = await createTeam(server, 'Platform team');
}, 180_000);

afterAll(async () => {
  await closeAndRemove(ada, bob);
  await server?.dispose();
});

const expected: TeamRow[] = [
  { name: 'restart ci', people: 2, times: 2 },
  { name: 'rotate tls cert', people: 2, times: 3 },
];

it('pools two profiles’ chores, logged before joining and while the server was down', {
  timeout: 240_000,
}, async () => {
  await logFromPopup(ada, 'Rotate TLS cert', '20');
  await logFromPopup(bob, 'rotate tls cert', '10');
  await logFromPopup(bob, 'Restart CI', '5');

  const adaTeam = await joinFromDashboard(ada, server.url, team.inviteCode, 'Ada');
  const bobTeam = await joinFromDashboard(bob, server.url, team.inviteCode, 'Bob');
  for (const page of [adaTeam, bobTeam]) {
    await expect.poll(() => page.locator('.sync-status .waiting').textContent()).toBe('0');
  }

  await server.stop();
  await logFromPopup(ada, 'Restart CI', '7');
  await logFromPopup(bob, 'rotate tls cert', '15');
  for (const page of [adaTeam, bobTeam]) {
    await page.getByRole('button', { name: 'Sync now' }).click();
    await expect.poll(() => page.locator('.sync-error').textContent()).toContain('Last try failed');
    await expect.poll(() => page.locator('.sync-status .waiting').textContent()).not.toBe('0');
  }

  await server.start();
  for (const page of [adaTeam, bobTeam]) {
    await page.getByRole('button', { name: 'Sync now' }).click();
    await expect.poll(() => page.locator('.sync-status .waiting').textContent()).toBe('0');
    await expect.poll(() => page.locator('.sync-error').count()).toBe(0);
  }

  for (const b of [ada, bob]) {
    const popup = await b.openPage('popup.html');
    await expect.poll(() => popupTeamRows(popup)).toEqual(expected);
    await popup.close();
  }
  const link = await fetch(`${server.url}/v1/view-links`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${team.adminToken}` },
    body: JSON.stringify({ label: 'wall screen' }),
  });
  const { url } = (await link.json()) as { url: string };
  const page = await ada.context.newPage();
  await page.goto(url);
  expect(await dashboardTeamRows(page)).toEqual(expected);
});

it('gives the same member on a second browser the union of both browsers’ entries', {
  timeout: 240_000,
}, async () => {
  const adaTeam = await ada.openPage('dashboard.html#team');
  await adaTeam.getByText('Use this team in another browser').click();
  await adaTeam.getByRole('button', { name: 'Show the link' }).click();
  const link = await adaTeam.getByLabel('Link for your other browser').inputValue();

  const laptop = await launchWithExtension();
  try {
    await logFromPopup(laptop, 'Clear build cache', '6');
    const page = await laptop.openPage('dashboard.html#team');
    await page.getByLabel('Server address or join link').fill(link);
    await page.getByRole('button', { name: 'Join team' }).click();
    await expect.poll(() => page.locator('.sync-status .waiting').textContent()).toBe('0');

    // Each browser now holds both: Ada's earlier chores on the laptop, the laptop's chore at Ada's.
    const laptopPopup = await laptop.openPage('popup.html');
    for (const name of ['Rotate TLS cert', 'Restart CI', 'Clear build cache']) {
      await expect.poll(() => laptopPopup.locator('.chore-log', { hasText: name }).count()).toBe(1);
    }
    const adaPopup = await ada.openPage('popup.html');
    await expect.poll(() => adaPopup.locator('.chore-log', { hasText: 'Clear build cache' }).count()).toBe(1);
    await expect
      .poll(() => popupTeamRows(adaPopup))
      .toEqual([{ name: 'clear build cache', people: 1, times: 1 }, ...expected]);
  } finally {
    await closeAndRemove(laptop);
  }
});
