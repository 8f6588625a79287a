import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { seriousViolations } from './axe';
import { closeAndRemove, type ExtensionBrowser, launchWithExtension } from './browser';
import { joinFromDashboard, logFromPopup, popupTeamView } from './sync-ui';
import { startWorkerServer, type WorkerServer } from './worker-server';

const shots = path.join(import.meta.dirname, 'screenshots');
let server: WorkerServer;
let lead: ExtensionBrowser;
let bob: ExtensionBrowser;

beforeAll(async () => {
  await mkdir(shots, { recursive: true });
  server = await startWorkerServer();
  [lead, bob] = await Promise.all([launchWithExtension(), launchWithExtension()]);
}, 180_000);
afterAll(async () => {
  await closeAndRemove(lead, bob);
  await server?.dispose();
});

/** No serious or critical axe violations, and a screenshot of `selector`, in light and in dark. */
async function checkBothSchemes(page: Page, selector: string, name: string) {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    expect(await seriousViolations(page), `${name}, ${scheme}`).toEqual([]);
    await page.locator(selector).screenshot({ path: path.join(shots, `${name}-${scheme}.png`) });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

/** The live entries stored in a profile's IndexedDB. */
const entriesIn = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('toil-tracker');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction('occurrences').objectStore('occurrences').getAll();
          req.onsuccess = () =>
            resolve((req.result as { deleted: boolean }[]).filter((o) => !o.deleted).length);
          req.onerror = () => reject(req.error);
        };
      }),
  );

it('a lead starts a team with the setup secret, shares the join link, runs the team and deletes it', {
  timeout: 300_000,
}, async () => {
  await logFromPopup(lead, 'Rotate TLS cert', '20');
  await logFromPopup(bob, 'Restart CI', '5');

  const page = await lead.openPage('dashboard.html#team');
  await page.setViewportSize({ width: 1100, height: 900 });
  await page.getByLabel('Team server address').fill(server.url);
  await checkBothSchemes(page, '#team', 'team-start');
  await page.getByLabel('Setup secret').fill(server.setupToken);
  await page.getByLabel('Team name', { exact: true }).fill('Platform');
  await page.getByLabel('Your name (optional)').fill('Lee');
  await page.getByRole('button', { name: 'Start the team' }).click();

  const linkField = page.getByLabel('Join link', { exact: true });
  await expect.poll(() => linkField.inputValue()).toMatch(/\/join#code=/);
  await lead.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByRole('button', { name: 'Copy join link' }).click();
  await page.getByText('Copied.').waitFor();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toBe(await linkField.inputValue());
  expect(await page.locator('.fresh-links').textContent()).toContain('each link lets one person join');
  await page.getByRole('button', { name: 'Share and start syncing' }).click();
  await page.locator('.sync-status .team-name').waitFor();

  // A second profile joins with the copied link; both log.
  const bobPage = await joinFromDashboard(bob, link, '', 'Bob');
  await logFromPopup(lead, 'Restart CI', '10');
  await logFromPopup(bob, 'Restart CI', '15');
  await page.reload();
  await expect.poll(() => page.locator('.member-row').count()).toBe(2);
  expect(await page.locator('.member-row .name').allTextContents()).toEqual(['Lee (you)', 'Bob']);

  // A dashboard link for a wall screen: shown once, then revoked; its URL then fails.
  await page.getByLabel('Label for a new link').fill('Wall screen');
  await page.getByRole('button', { name: 'Make a dashboard link' }).click();
  const wall = await page.getByLabel('Dashboard link', { exact: true }).inputValue();
  expect(wall.startsWith(`${server.url}/dashboard/`)).toBe(true);
  expect((await fetch(wall)).status).toBe(200);
  await checkBothSchemes(page, '#team', 'team-admin');
  await page.locator('.link-row', { hasText: 'Wall screen' }).getByRole('button').click();
  await expect.poll(() => page.locator('.link-row', { hasText: 'Wall screen' }).count()).toBe(0);
  expect((await fetch(wall)).status).not.toBe(200);

  // The popup's Team view shows the team's headline figures.
  const popup = await popupTeamView(lead);
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.locator('.team-view .team-headline').waitFor();
  await checkBothSchemes(popup, 'body', 'popup-team-view');
  await popup.close();

  // Removing Bob: his Team section says so, and he keeps what he logged.
  await page.getByRole('button', { name: 'Remove Bob', exact: true }).click();
  await expect.poll(() => page.locator('.consequence').textContent()).toContain('Bob keeps everything');
  await page.getByRole('button', { name: 'Yes, remove Bob' }).click();
  await expect.poll(() => page.locator('.member-row').count()).toBe(1);
  await bobPage.reload();
  await bobPage.getByText('An admin removed you from Platform.').waitFor();
  expect(await entriesIn(bobPage)).toBe(2);

  // What Bob logged stays in the team's totals: he is listed as a former member, whom an admin can erase.
  await expect.poll(() => page.locator('.former-row').count()).toBe(1);
  await page.getByRole('button', { name: /^Erase their data/ }).click();
  await expect
    .poll(() => page.locator('.admin-former .consequence').textContent())
    .toContain('the member who left');
  await checkBothSchemes(page, '.team-admin', 'team-former-members');
  await page.getByRole('button', { name: 'Yes, erase' }).click();
  await expect.poll(() => page.locator('.former-row').count()).toBe(0);

  // The time zone, then the team itself.
  await page.getByLabel('Team time zone').selectOption('America/New_York');
  await page.getByRole('button', { name: 'Save team settings' }).click();
  await page.getByText('Team settings saved.').waitFor();
  await page.reload();
  await expect.poll(() => page.getByLabel('Team time zone').inputValue()).toBe('America/New_York');

  await page.getByLabel('Type the team’s name to confirm').fill('Platform');
  await page.getByRole('button', { name: 'Delete the team' }).click();
  await page.locator('.team-deleted').waitFor();
  await page.getByRole('button', { name: 'Start the team' }).waitFor();
  expect(await entriesIn(page)).toBe(2);
  expect(lead.pageErrors).toEqual([]);
  expect(bob.pageErrors).toEqual([]);
});
