import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './axe';
import { closeAndRemove, type ExtensionBrowser, launchWithExtension } from './browser';
import { writeSampleExport } from './seed';

const shots = path.join(import.meta.dirname, 'screenshots');
let browser: ExtensionBrowser;

beforeAll(async () => {
  await mkdir(shots, { recursive: true });
  browser = await launchWithExtension();
  // Export and import is folded under the analysis (issue 14): its link opens it.
  const page = await browser.openPage('dashboard.html#data');
  await page.getByLabel('Import a JSON export').setInputFiles(await writeSampleExport(browser.profileDir));
  await page.getByRole('status').filter({ hasText: 'Imported 5 chores' }).waitFor();
  await page.close();
});
afterAll(async () => {
  await closeAndRemove(browser);
});

describe.each(['light', 'dark'] as const)('in %s mode', (scheme) => {
  it('has no serious or critical axe violations in the popup', async () => {
    const page = await browser.openPage('popup.html');
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width: 380, height: 600 });
    await page.locator('.chore-log').first().click();
    await expect.poll(() => page.locator('.toast-text').count()).toBe(1);
    await page.getByText('Why this one?').click();
    expect(await seriousViolations(page)).toEqual([]);
    expect(browser.pageErrors).toEqual([]);
    await page.screenshot({ path: path.join(shots, `popup-${scheme}.png`), fullPage: true });
    // The Ranking view, drawn when first shown.
    await page.getByRole('tab', { name: 'Ranking' }).click();
    await page.locator('#view-ranking .ranking').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('has no serious or critical axe violations on the full page', async () => {
    const page = await browser.openPage('dashboard.html');
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width: 1100, height: 900 });
    await expect.poll(() => page.locator('.history-table tbody tr').count()).toBeGreaterThan(10);
    await page.locator('.chore-card summary').first().click();
    expect(await seriousViolations(page)).toEqual([]);
    expect(browser.pageErrors).toEqual([]);
    await page.screenshot({ path: path.join(shots, `dashboard-${scheme}.png`), fullPage: true });
    await page.locator('#ranking').screenshot({ path: path.join(shots, `dashboard-ranking-${scheme}.png`) });
    await page.locator('#chores').screenshot({ path: path.join(shots, `dashboard-chores-${scheme}.png`) });
    await page.close();
  });

  it('has no serious or critical axe violations in the settings, with a self-hosted forge', async () => {
    const page = await browser.openPage('dashboard.html#settings');
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width: 1100, height: 900 });
    await page.getByLabel('Forge address').waitFor();
    if ((await page.locator('.forge-host').count()) === 0) {
      await page.getByLabel('Forge address').fill('git.example.com');
      await page.getByRole('button', { name: 'Add forge' }).click();
      await page.locator('.forge-host').waitFor();
    }
    expect(await seriousViolations(page)).toEqual([]);
    expect(browser.pageErrors).toEqual([]);
    await page.locator('#settings').screenshot({ path: path.join(shots, `settings-${scheme}.png`) });
    await page.close();
  });
});
