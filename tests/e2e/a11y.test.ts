import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeAndRemove, type ExtensionBrowser, launchWithExtension } from './browser';
import { writeSampleExport } from './seed';

const root = path.resolve(import.meta.dirname, '../..');
const shots = path.join(import.meta.dirname, 'screenshots');
let browser: ExtensionBrowser;
let axeSource: string;

type AxeViolation = { id: string; impact: string | null; help: string; nodes: { target: string[] }[] };

/** Runs axe-core in the page and returns the serious and critical violations, readable in a failure. */
async function seriousViolations(page: Page): Promise<string[]> {
  // Extension pages forbid inline scripts (CSP), so axe is evaluated through the DevTools protocol.
  await page.evaluate(axeSource);
  const { violations, passes } = await page.evaluate(async () => {
    type Results = { violations: AxeViolation[]; passes: unknown[] };
    const axe = (globalThis as unknown as { axe: { run(): Promise<Results> } }).axe;
    const results = await axe.run();
    return { violations: results.violations, passes: results.passes.length };
  });
  // A run that checked nothing would pass vacuously.
  expect(passes).toBeGreaterThan(10);
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

beforeAll(async () => {
  axeSource = await readFile(path.join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');
  await mkdir(shots, { recursive: true });
  browser = await launchWithExtension();
  const page = await browser.openPage('dashboard.html');
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
});
