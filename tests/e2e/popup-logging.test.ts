import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { closeAndRemove, type ExtensionBrowser, launchWithExtension } from './browser';
import { choreButton, confirmation, logNewChore, rankedNames } from './ui';

let browser: ExtensionBrowser;
beforeAll(async () => {
  browser = await launchWithExtension();
});
afterAll(async () => {
  await closeAndRemove(browser);
  // Checked once all tests ran: an uncaught error in any page fails the file.
  expect(browser.pageErrors).toEqual([]);
});

it('creates a chore with its minutes from the one-line form and logs it', async () => {
  const page = await browser.openPage('popup.html');
  await logNewChore(page, 'Rotate API keys', '12');
  await expect.poll(() => confirmation(page).textContent()).toContain('Logged Rotate API keys, 12 min.');
  await expect.poll(() => choreButton(page, 'Rotate API keys').textContent()).toContain('12 min');
  await expect.poll(() => page.locator('.totals').textContent()).toContain('Today12 min');
  await page.close();
});

const CACHE = 'toil-tracker:popup-rows:v1';
const cachedText = (page: Page) => page.evaluate((key) => localStorage.getItem(key) ?? '', CACHE);

it('logs a chore with one click, and Undo takes it back', async () => {
  const page = await browser.openPage('popup.html');
  await expect.poll(() => page.locator('main.popup').getAttribute('data-source')).toBe('storage');
  const stale = await cachedText(page);
  await logNewChore(page, 'Restart flaky CI job', '5');
  await expect.poll(() => confirmation(page).textContent()).toContain('Restart flaky CI job');
  // A popup closed right after a log, before its re-read was cached, leaves the rows of before the log
  // in the cache: the next opening shows them first, then its fresh read (popup-cache.ts).
  await page.addInitScript(([key, rows]) => localStorage.setItem(key ?? '', rows ?? ''), [CACHE, stale]);
  await page.reload({ waitUntil: 'commit' });
  // The totals before the click are the stored ones: those of the fresh read, not of the cached frame.
  await expect.poll(() => page.locator('main.popup').getAttribute('data-source')).toBe('storage');
  const before = await page.locator('.totals').textContent();
  await choreButton(page, 'Restart flaky CI job').click();
  await expect.poll(() => confirmation(page).textContent()).toContain('Logged Restart flaky CI job, 5 min.');
  await expect.poll(() => page.locator('.totals').textContent()).not.toBe(before);

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => page.locator('.toast').textContent()).toContain('Removed Restart flaky CI job');
  await expect.poll(() => page.locator('.totals').textContent()).toBe(before);
  await page.close();
});

it('lets the minutes of what was just logged be adjusted', async () => {
  const page = await browser.openPage('popup.html');
  await choreButton(page, 'Rotate API keys').click();
  await expect.poll(() => confirmation(page).textContent()).toContain('12 min');
  await page.getByRole('button', { name: 'More minutes' }).click();
  await expect.poll(() => confirmation(page).textContent()).toContain('13 min');
  const field = page.getByLabel('Minutes for Rotate API keys');
  await field.fill('0');
  await field.press('Enter');
  await expect.poll(() => page.getByRole('alert').textContent()).toContain('more than 0');
  await field.fill('20');
  await field.press('Enter');
  await expect.poll(() => confirmation(page).textContent()).toContain('20 min');
  await page.close();
});

it('ranks chores by pain after several logs', async () => {
  const page = await browser.openPage('popup.html');
  await logNewChore(page, 'Approve dependency bumps', '2');
  await logNewChore(page, 'Fix broken staging deploy', '45');
  await expect.poll(() => choreButton(page, 'Fix broken staging deploy').count()).toBe(1);
  for (let i = 0; i < 2; i++) {
    await choreButton(page, 'Fix broken staging deploy').click();
    await expect.poll(() => confirmation(page).textContent()).toContain('Fix broken staging deploy');
  }
  // What to automate first is in the Log view; the ranking has a view of its own.
  const log = page.locator('#view-log');
  await expect
    .poll(() => log.locator('.reco h2').textContent())
    .toBe('Automate this first: Fix broken staging deploy');
  await log.getByText('Why this one?').click();
  await expect
    .poll(() => log.locator('.reco details p').textContent())
    .toContain('Fix broken staging deploy');
  await page.getByRole('tab', { name: 'Ranking' }).click();
  await expect
    .poll(() => rankedNames(page))
    .toEqual([
      'Fix broken staging deploy',
      'Rotate API keys',
      'Restart flaky CI job',
      'Approve dependency bumps',
    ]);
  await page.close();
});

it('offers the existing chore while typing, so no duplicate is created', async () => {
  const page = await browser.openPage('popup.html');
  await page.getByLabel('Chore name').fill('  rotate api');
  await expect.poll(() => page.locator('.matches').textContent()).toContain('Rotate API keys');
  await page.getByLabel('Chore name').fill('ROTATE  api KEYS');
  await page.getByLabel('Minutes', { exact: true }).fill('3');
  await page.getByLabel('Minutes', { exact: true }).press('Enter');
  await expect.poll(() => confirmation(page).textContent()).toContain('Logged Rotate API keys, 3 min.');
  expect(await choreButton(page, 'Rotate API keys').count()).toBe(1);
  expect(await page.locator('.chore-log').count()).toBe(4);
  await page.close();
});

it('opens on the rows cached at the last opening, then shows what changed since on the full page', async () => {
  const cached = await browser.openPage('popup.html');
  await expect.poll(() => cached.locator('main.popup').getAttribute('data-source')).toBe('storage');
  await cached.close();
  const full = await browser.openPage('dashboard.html');
  await logNewChore(full, 'Renew the staging certificate', '7');
  await expect.poll(() => confirmation(full).textContent()).toContain('Logged Renew the staging certificate');
  await full.close();

  // The popup's cache never saw that chore: it appears with the fresh read, after the first paint.
  const popup = await browser.openPage('popup.html');
  await expect.poll(() => popup.locator('main.popup').getAttribute('data-source')).toBe('storage');
  await expect
    .poll(() => choreButton(popup, 'Renew the staging certificate').textContent())
    .toContain('7 min');
  expect(await popup.evaluate(() => performance.getEntriesByName('first-contentful-paint').length)).toBe(1);
  await popup.close();
});
