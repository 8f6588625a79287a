import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { closeAndRemove, type ExtensionBrowser, launchWithExtension } from './browser';
import { writeManyChoresExport } from './seed';
import { joinFromDashboard } from './sync-ui';
import { createTeam, startWorkerServer, type WorkerServer } from './worker-server';

const shots = path.join(import.meta.dirname, 'screenshots');
const CHORES = 20;

let server: WorkerServer;
let browser: ExtensionBrowser;
beforeAll(async () => {
  await mkdir(shots, { recursive: true });
  [server, browser] = await Promise.all([startWorkerServer(), launchWithExtension()]);
  const team = await createTeam(server, 'Platform team');
  const page = await browser.openPage('dashboard.html');
  await page
    .getByLabel('Import a JSON export')
    .setInputFiles(await writeManyChoresExport(browser.profileDir, CHORES));
  await page
    .getByRole('status')
    .filter({ hasText: `Imported ${CHORES} chores` })
    .waitFor();
  await page.close();
  const joined = await joinFromDashboard(browser, server.url, team.inviteCode, 'Ada');
  // Everything pushed, so the team's leaderboard lists the chores.
  await joined.locator('.sync-status .waiting', { hasText: /^0$/ }).waitFor({ timeout: 60_000 });
  await joined.close();
}, 180_000);
afterAll(async () => {
  await closeAndRemove(browser);
  await server?.dispose();
  expect(browser.pageErrors).toEqual([]);
});

it.each(['light', 'dark'] as const)(
  `fits the Team view in 380 x 600 at ${CHORES} chores, in %s mode`,
  async (scheme) => {
    const page = await browser.openPage('popup.html');
    await page.setViewportSize({ width: 380, height: 600 });
    await page.emulateMedia({ colorScheme: scheme });
    await page.getByRole('tab', { name: 'Team' }).click();
    await expect.poll(() => page.locator('#view-team .team-row').count()).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(shots, `popup-team-${scheme}.png`) });
    expect(await page.evaluate(() => document.scrollingElement?.scrollHeight ?? 0)).toBeLessThanOrEqual(600);
    // The other views are the same as without a team: the Log view, with three tabs, fits too.
    await page.getByRole('tab', { name: 'Log' }).click();
    expect(await page.evaluate(() => document.scrollingElement?.scrollHeight ?? 0)).toBeLessThanOrEqual(600);
    await page.close();
  },
);
