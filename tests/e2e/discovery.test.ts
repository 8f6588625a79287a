import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { closeAndRemove, discoveryTestDir, type ExtensionBrowser, launchWithExtension } from './browser';

// Toil discovery in Chromium, on the e2e build (WXT_TOIL_E2E_VISITS=1 npx wxt build): it holds `history`
// from install, because no test can answer the browser's permission prompt (the product builds keep it
// optional, tests/e2e/firefox-lint.test.ts and the manifest test check). The history API cannot record a
// visit in the past, so the weeks before today come from the build's test seam (localStorage); today's
// visits are real ones, made by loading pages from a local server, and read through history.search.

const SLOW = 180_000;
const shots = path.join(import.meta.dirname, 'screenshots');
const DAY = 86_400_000;
let server: Server;
let origin = '';
let browser: ExtensionBrowser | undefined;

beforeAll(async () => {
  server = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(`<!doctype html><title>CI ${req.url}</title><p>job</p>`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await closeAndRemove(browser);
  await new Promise((resolve) => server.close(resolve));
});

/** A CI rebuild on each of these days: the job page, then its console three minutes later. */
function pastRebuilds(days: number[]) {
  const now = Date.now();
  return days.flatMap((d, i) => {
    const at = now - d * DAY;
    const job = `${origin}/ci/job/${500 + i}`;
    return [
      { url: `${job}/`, at },
      { url: `${job}/console`, at: at + 3 * 60_000 },
    ];
  });
}

async function storedCounts(page: Page) {
  return page.evaluate(
    () =>
      new Promise<{ candidates: number; dismissed: number }>((resolve, reject) => {
        const open = indexedDB.open('toil-tracker');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['candidates', 'dismissed']);
          const candidates = tx.objectStore('candidates').count();
          const dismissed = tx.objectStore('dismissed').count();
          tx.oncomplete = () => {
            resolve({ candidates: candidates.result, dismissed: dismissed.result });
            open.result.close();
          };
        };
      }),
  );
}

it(
  'finds a recurring chore in the history without a network request, accepts it with its estimates, ranks it, and forgets',
  async () => {
    browser = await launchWithExtension(undefined, discoveryTestDir);
    // Today's visits, real ones in the browser's history.
    const site = await browser.context.newPage();
    await site.goto(`${origin}/ci/job/777/`);
    await site.goto(`${origin}/ci/job/777/console`);
    await site.close();

    const page = await browser.openPage('dashboard.html');
    const seeded = pastRebuilds([3, 6, 10, 13, 17, 20]);
    await page.evaluate((v) => localStorage.setItem('toil-e2e-visits', JSON.stringify(v)), seeded);
    const section = page.locator('#discovery');
    await section.getByRole('button', { name: 'Find toil in my browsing' }).waitFor();

    const requests: string[] = [];
    const watch = (r: { url(): string }) => requests.push(r.url());
    browser.context.on('request', watch);
    await section.getByRole('button', { name: 'Find toil in my browsing' }).click();
    const candidate = section.locator('.candidate', { hasText: '127.0.0.1' });
    await candidate.waitFor();
    browser.context.off('request', watch);
    expect(requests.filter((u) => /^(https?|wss?):/.test(u))).toEqual([]);
    // Both the seeded and today's real visits were read.
    await expect
      .poll(() => section.getByRole('status').textContent())
      .toBe(`Read ${seeded.length + 2} visits of 4 weeks.`);
    const template = `127.0.0.1:${new URL(origin).port}/ci/job/*`;
    await expect.poll(() => candidate.locator('h3').textContent()).toBe(template);
    expect(await candidate.textContent()).toContain('typically 4 min');
    expect(await candidate.textContent()).toContain('A candidate needs 3 times on 2 days in 2 weeks');
    await page.setViewportSize({ width: 1100, height: 900 });
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await section.screenshot({ path: path.join(shots, `discovery-${scheme}.png`) });
    }
    await page.emulateMedia({ colorScheme: 'light' });

    await candidate.getByLabel('Chore name').fill('Rebuild CI job');
    await candidate.getByRole('button', { name: 'Accept' }).click();
    await candidate.getByRole('button', { name: 'Add the 7 past occurrences found (estimated)' }).click();
    await candidate.getByRole('button', { name: 'Remove the 7 estimated occurrences' }).waitFor();
    // The ranking has weeks of data on day one: hours a year from the estimates.
    const hoursAYear = () =>
      page
        .locator('#ranking .ranking-table tbody tr', { hasText: 'Rebuild CI job' })
        .locator('td')
        .nth(3) // #, Chore, A week (avg), Hours a year
        .textContent();
    await expect.poll(hoursAYear, { timeout: 20_000 }).toMatch(/^[1-9][\d.]* h$/);
    const chores = page.locator('#chores');
    await expect.poll(() => chores.textContent()).toContain('Rebuild CI job');

    await candidate.getByRole('button', { name: 'Remove the 7 estimated occurrences' }).click();
    await candidate.getByRole('button', { name: 'Add the 7 past occurrences found (estimated)' }).waitFor();
    // Without its estimates the chore has no entries: still learning, so no yearly figure at all.
    await expect.poll(hoursAYear, { timeout: 20_000 }).toBe('–');

    expect(await storedCounts(page)).toMatchObject({ candidates: 1 });
    await section.getByRole('button', { name: 'Stop and forget' }).click();
    await expect
      .poll(() => section.getByRole('status').textContent())
      .toContain('Candidates and dismissals deleted');
    expect(await storedCounts(page)).toEqual({ candidates: 0, dismissed: 0 });
    await expect.poll(() => section.locator('.candidate').count()).toBe(0);
    expect(browser.pageErrors).toEqual([]);
  },
  SLOW,
);
