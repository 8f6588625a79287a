import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './axe';
import { chromiumPath } from './browser';
import { teamWithHistory } from './team-history';
import { startWorkerServer, type WorkerServer } from './worker-server';

const shots = path.join(import.meta.dirname, 'screenshots');
let server: WorkerServer;
let browser: Browser;
let url: string;

beforeAll(async () => {
  await mkdir(shots, { recursive: true });
  server = await startWorkerServer();
  url = await teamWithHistory(server);
  browser = await chromium.launch({
    headless: true,
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
});
afterAll(async () => {
  await browser?.close();
  await server?.dispose();
});

describe.each(['light', 'dark'] as const)('the team dashboard page in %s mode', (scheme) => {
  it('has no serious or critical axe violations, with every section filled', async () => {
    const page = await browser.newPage({ colorScheme: scheme, viewport: { width: 1100, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    expect((await page.goto(url))?.status()).toBe(200);
    await page.locator('details summary').click();
    for (const heading of [
      'Toil share',
      'Toil per week',
      'Toil share of working time',
      'Automated chores and what they save',
    ])
      await expect.poll(() => page.getByRole('heading', { name: heading, exact: true }).count()).toBe(1);
    expect(await page.locator('table.leaderboard tbody tr').count()).toBeGreaterThan(3);
    expect(await page.locator('table.leaderboard').textContent()).toContain('<script>alert("x")</script>');
    expect(await page.locator('ul.chore-weeks li').count()).toBeGreaterThan(2);
    expect(await page.locator('ul.savings li').textContent()).toContain('Manual deploy to staging');
    expect(await page.content()).not.toContain('only Dee');
    expect(await seriousViolations(page)).toEqual([]);
    // CSP violations (an inline style or script) show up as console errors.
    expect(errors).toEqual([]);
    for (const width of [1100, 1440, 375]) {
      await page.setViewportSize({ width, height: 900 });
      await page.screenshot({
        path: path.join(shots, `server-dashboard-${scheme}-${width}.png`),
        fullPage: true,
      });
    }
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });
});
