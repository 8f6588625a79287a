import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { closeAndRemove, type ExtensionBrowser, launchWithExtension } from './browser';
import { choreButton, confirmation, logNewChore } from './ui';

let browser: ExtensionBrowser;
beforeAll(async () => {
  browser = await launchWithExtension();
});
afterAll(async () => {
  await closeAndRemove(browser);
  // Checked once all tests ran: an uncaught error in any page fails the file.
  expect(browser.pageErrors).toEqual([]);
});

it('greets a first run with what to do, not an empty screen', async () => {
  const page = await browser.openPage('popup.html');
  await page.setViewportSize({ width: 380, height: 360 });
  await expect
    .poll(() => page.locator('.empty').allTextContents())
    .toEqual(['No chores yet. Name one below and press Enter to log it.']);
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('new-chore-name');
  const shots = path.join(import.meta.dirname, 'screenshots');
  await mkdir(shots, { recursive: true });
  await page.screenshot({ path: path.join(shots, 'popup-first-run.png') });
  await page.close();
});

it('opens the full page at its log form (the context menu target) with the cursor in the new-chore line', async () => {
  const page = await browser.openPage('dashboard.html#log');
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('new-chore-name');
  await page.keyboard.type('Unstick the release train');
  await page.keyboard.press('Tab');
  await page.keyboard.type('15');
  await page.keyboard.press('Enter');
  await expect
    .poll(() => confirmation(page).textContent())
    .toContain('Logged Unstick the release train, 15 min.');
  await expect
    .poll(() => page.locator('.history-table tbody').textContent())
    .toContain('Unstick the release train');
  await page.close();
});

it('logs and undoes with the keyboard alone in the popup', async () => {
  const page = await browser.openPage('popup.html');
  await choreButton(page, 'Unstick the release train').waitFor();
  // The cursor starts in the name field: the most useful chore is button 1.
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('new-chore-name');
  await page.keyboard.press('1');
  await page.keyboard.press('Enter');
  await expect
    .poll(() => confirmation(page).textContent())
    .toContain('Logged Unstick the release train, 15 min.');
  await expect.poll(() => page.locator('.totals').textContent()).toContain('Today30 min');
  await page.getByRole('button', { name: 'Undo' }).focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => page.locator('.totals').textContent()).toContain('Today15 min');
  await page.close();
});

it('times a chore from the popup: start shows it running, stop logs it', async () => {
  const page = await browser.openPage('popup.html');
  await logNewChore(page, 'Pair on incident review', '30');
  await expect.poll(() => confirmation(page).textContent()).toContain('Pair on incident review');
  await page.getByRole('button', { name: 'Start timer for Pair on incident review' }).click();
  const running = page.locator('.timer.running');
  await expect.poll(() => running.textContent()).toContain('Stop timer for Pair on incident review');
  await running.click();
  // Stopped under a minute, it asks before logging that minute.
  await page.getByRole('dialog', { name: 'Log 1 min for Pair on incident review?' }).waitFor();
  await page.getByRole('button', { name: 'Log 1 min' }).click();
  await expect
    .poll(() => confirmation(page).textContent())
    .toContain('Logged Pair on incident review, 1 min.');
  await expect.poll(() => running.count()).toBe(0);
  await page.close();
});
