import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { closeAndRemove, type ExtensionBrowser, launchWithExtension } from './browser';
import { logNewChore } from './ui';
import { createTeam, startWorkerServer, type TestTeam, type WorkerServer } from './worker-server';

/**
 * Joins a team from the full page's Team section, as a user would: server, code, name, click; then
 * shares every chore the preview lists ("Share and start syncing": nothing is sent before).
 */
export async function joinFromDashboard(
  browser: ExtensionBrowser,
  server: string,
  code: string,
  name: string,
) {
  const page = await browser.openPage('dashboard.html#team');
  await page.getByLabel('Server address or join link').fill(server);
  await page.getByLabel('Invite code').fill(code);
  await page.getByLabel('Your name in the team (optional)').fill(name);
  await page.getByRole('button', { name: 'Join team' }).click();
  await page.getByRole('button', { name: 'Share and start syncing' }).click();
  await page.locator('.sync-status .team-name').waitFor();
  return page;
}

/** Logs a chore (new, or the existing one with that name) from the popup, and waits for the confirmation. */
export async function logFromPopup(browser: ExtensionBrowser, name: string, minutes: string) {
  const page = await browser.openPage('popup.html');
  await logNewChore(page, name, minutes);
  await page.locator('.toast-text, .toast[role="status"]').filter({ hasText: 'Logged' }).waitFor();
  await page.close();
}

/** Opens the popup on its Team view (a tab, shown once the device joined a team). */
export async function popupTeamView(browser: ExtensionBrowser): Promise<Page> {
  const page = await browser.openPage('popup.html');
  await page.getByRole('tab', { name: 'Team' }).click();
  return page;
}

export type TeamRow = { name: string; people: number; times: number };

/** The popup's team leaderboard rows, by lower-cased name (members may type a chore differently). */
export async function popupTeamRows(page: Page): Promise<TeamRow[]> {
  const rows = await page
    .locator('.team-view .team-row')
    .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')));
  return rows
    .map(([name = '', people = '', times = '']) => ({
      name: name.toLowerCase(),
      people: Number(people),
      times: Number(times),
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** The same figures from the Worker's own team dashboard page (columns: #, chore, h/wk, h, times, people). */
export async function dashboardTeamRows(page: Page): Promise<TeamRow[]> {
  const rows = await page
    .locator('table.leaderboard tbody tr')
    .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')));
  return rows
    .map(([, name = '', , , times = '', people = '']) => ({
      name: name.toLowerCase(),
      people: Number(people),
      times: Number(times),
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Ada's and Bob's browser profiles and a team on a local Worker, set up once for a test file. */
export type TwoProfiles = {
  server: WorkerServer;
  ada: ExtensionBrowser;
  bob: ExtensionBrowser;
  team: TestTeam;
};

export function twoProfilesInATeam(teamName: string): TwoProfiles {
  const setup = {} as TwoProfiles;
  beforeAll(async () => {
    setup.server = await startWorkerServer();
    [setup.ada, setup.bob] = await Promise.all([launchWithExtension(), launchWithExtension()]);
    setup.team = await createTeam(setup.server, teamName);
  }, 180_000);
  afterAll(async () => {
    await closeAndRemove(setup.ada, setup.bob);
    await setup.server?.dispose();
  });
  return setup;
}
