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

const MARKUP = '<img src=x onerror=alert(1)>';

it('stores a name with markup and shows it as plain text, in the popup and on the full page', async () => {
  const page = await browser.openPage('popup.html');
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await logNewChore(page, MARKUP, '5');
  await expect.poll(() => confirmation(page).textContent()).toContain(`Logged ${MARKUP}, 5 min.`);
  await expect.poll(() => choreButton(page, MARKUP).count()).toBe(1);
  expect(await page.locator('img').count()).toBe(0);

  const dashboard = await browser.openPage('dashboard.html');
  dashboard.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await expect.poll(() => dashboard.locator('.history-table tbody').textContent()).toContain(MARKUP);
  await expect.poll(() => dashboard.locator('.chore-card summary .name').allTextContents()).toEqual([MARKUP]);
  expect(await dashboard.locator('img').count()).toBe(0);
  expect(dialogs).toEqual([]);
  await dashboard.close();
  await page.close();
});

it('refuses a name over 120 characters and a right-to-left override with an inline message, saving nothing', async () => {
  const page = await browser.openPage('popup.html');
  await expect.poll(() => page.locator('.chore-log').count()).toBe(1);
  const tooLong = 'x'.repeat(121);
  await logNewChore(page, tooLong, '5');
  await expect.poll(() => page.getByRole('alert').textContent()).toBe('Name must be at most 120 characters.');
  expect(await page.getByLabel('Chore name').inputValue()).toBe(tooLong);

  await logNewChore(page, 'invoice\u202Efdp.exe', '5');
  await expect
    .poll(() => page.getByRole('alert').textContent())
    .toBe('Name contains control or text-direction characters.');

  await page.reload();
  await page.locator('.chore-log').first().waitFor();
  expect(await page.locator('.chore-log').count()).toBe(1);
  expect(await page.locator('.totals').textContent()).toContain('Today5 min');
  await page.close();
});

it('explains bad minutes inline and logs nothing: zero, over a day, not a number, and an empty name', async () => {
  const page = await browser.openPage('popup.html');
  const cases: [string, string, string][] = [
    ['Tidy alerts', '0', 'Minutes must be more than 0.'],
    ['Tidy alerts', '1441', 'Minutes must be at most 1440 (24 hours).'],
    ['Tidy alerts', 'ten', 'Minutes must be a number, such as 15.'],
    ['Tidy alerts', '', 'Enter the minutes it took.'],
    ['   ', '5', 'Name must not be empty.'],
  ];
  for (const [name, minutes, message] of cases) {
    await logNewChore(page, name, minutes);
    await expect.poll(() => page.getByRole('alert').textContent()).toBe(message);
  }
  await page.reload();
  await page.locator('.chore-log').first().waitFor();
  expect(await page.locator('.chore-log').count()).toBe(1);
  await page.close();
});
