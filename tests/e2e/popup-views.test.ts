import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeAndRemove, type ExtensionBrowser, launchWithExtension } from './browser';
import { writeManyChoresExport } from './seed';
import { confirmation } from './ui';

const shots = path.join(import.meta.dirname, 'screenshots');
const CHORES = 20;

let browser: ExtensionBrowser;
beforeAll(async () => {
  await mkdir(shots, { recursive: true });
  browser = await launchWithExtension();
  const page = await browser.openPage('dashboard.html');
  const file = await writeManyChoresExport(browser.profileDir, CHORES);
  await page.getByLabel('Import a JSON export').setInputFiles(file);
  await page
    .getByRole('status')
    .filter({ hasText: `Imported ${CHORES} chores` })
    .waitFor();
  await page.close();
});
afterAll(async () => {
  await closeAndRemove(browser);
  // Checked once all tests ran: an uncaught error in any page fails the file.
  expect(browser.pageErrors).toEqual([]);
});

/** The popup at the size a browser gives it at most (380 x 600), on its fresh read. */
async function openPopup(scheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const page = await browser.openPage('popup.html');
  await page.setViewportSize({ width: 380, height: 600 });
  await page.emulateMedia({ colorScheme: scheme });
  await expect.poll(() => page.locator('main.popup').getAttribute('data-source')).toBe('storage');
  return page;
}
const buttonNames = (page: Page) => page.locator('.chore-log .name').allTextContents();
const scrollHeight = (page: Page) => page.evaluate(() => document.scrollingElement?.scrollHeight ?? 0);

/** The chores of the entries logged since `since`, oldest first, read from the popup's own database. */
async function loggedSince(page: Page, since: number): Promise<string[]> {
  return page.evaluate(async (from) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('toil-tracker');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const all = <T>(store: string) =>
      new Promise<T[]>((resolve, reject) => {
        const req = db.transaction(store).objectStore(store).getAll();
        req.onsuccess = () => resolve(req.result as T[]);
        req.onerror = () => reject(req.error);
      });
    type Row = { id: string; name: string; choreId: string; updatedAt: number; deleted: boolean };
    const [chores, occurrences] = await Promise.all([all<Row>('chores'), all<Row>('occurrences')]);
    db.close();
    const names = new Map(chores.map((c) => [c.id, c.name]));
    return occurrences
      .filter((o) => o.updatedAt >= from && !o.deleted)
      .sort((a, b) => a.updatedAt - b.updatedAt)
      .map((o) => names.get(o.choreId) ?? '?');
  }, since);
}

it('logs the same chore when the same spot is clicked twice; no button moves', async () => {
  const page = await openPopup();
  const before = await buttonNames(page);
  const second = page.locator('.chore-log').nth(1);
  const box = await second.boundingBox();
  if (!box) throw new Error('no second button');
  const since = await page.evaluate(() => Date.now());
  for (let i = 1; i <= 2; i++) {
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect.poll(() => loggedSince(page, since)).toHaveLength(i);
    await expect.poll(() => confirmation(page).textContent()).toContain(`Logged ${before[1]}`);
  }
  expect(await loggedSince(page, since)).toEqual([before[1], before[1]]);
  // With the confirmation shown under the buttons, the Log view still fits.
  await page.screenshot({ path: path.join(shots, 'popup-log-logged-light.png') });
  expect(await scrollHeight(page)).toBeLessThanOrEqual(600);
  // Read again after both logs: still the order the popup opened with, each button where it was.
  await page.waitForTimeout(300);
  expect(await buttonNames(page)).toEqual(before);
  expect(await second.boundingBox()).toEqual(box);

  // Undo says what it removed on one line.
  await page.getByRole('button', { name: 'Undo' }).click();
  const removed = page.locator('.toast-text', { hasText: 'Removed' });
  await expect.poll(() => removed.textContent()).toBe(`Removed ${before[1]}.`);
  const lines = await removed.evaluate(
    (p) => p.getBoundingClientRect().height / Number.parseFloat(getComputedStyle(p).lineHeight),
  );
  expect(lines).toBeLessThan(1.5);
  await page.close();
});

it('opens with the cursor in the name field, and logs with a number key and the keyboard alone', async () => {
  const page = await openPopup();
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('new-chore-name');
  const third = page.locator('.chore-log').nth(2);
  expect(await third.locator('.key').textContent()).toBe('3');
  expect(await third.getAttribute('aria-keyshortcuts')).toBe('3');
  const [first = '', , name = ''] = await buttonNames(page);
  const since = await page.evaluate(() => Date.now());
  // In the name field, the digit and Enter.
  await page.keyboard.press('3');
  await expect.poll(() => page.locator('.number-hint').textContent()).toBe(`Enter logs button 3: ${name}`);
  await page.screenshot({ path: path.join(shots, 'popup-number-key-light.png') });
  await page.keyboard.press('Enter');
  await expect.poll(() => confirmation(page).textContent()).toContain(`Logged ${name}`);
  expect(await loggedSince(page, since)).toEqual([name]);
  // A name may start with a digit: typed on, it is a name.
  await page.keyboard.type('2FA reset');
  expect(await page.getByLabel('Chore name').inputValue()).toBe('2FA reset');
  await expect.poll(() => page.locator('.number-hint').count()).toBe(0);
  // Out of the field (Shift+Tab reaches the buttons), the digit alone.
  await page.getByLabel('Chore name').fill('');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('1');
  await expect.poll(() => loggedSince(page, since)).toEqual([name, first]);
  await page.close();
});

it('pins a chore from past "Show all" to the top, where it stays shown at every opening', async () => {
  const page = await openPopup();
  await page.getByRole('button', { name: `Show all ${CHORES} chores` }).click();
  const last = (await buttonNames(page)).at(-1) ?? '';
  await page.getByRole('button', { name: `Pin ${last}` }).click();
  await expect.poll(async () => (await buttonNames(page))[0]).toBe(last);
  await page.close();

  const again = await openPopup();
  await expect.poll(async () => (await buttonNames(again))[0]).toBe(last);
  await again.screenshot({ path: path.join(shots, 'popup-pinned-light.png') });
  expect(await again.getByRole('button', { name: `Pin ${last}` }).getAttribute('aria-pressed')).toBe('true');
  expect(await buttonNames(again)).toHaveLength(5);
  await again.getByRole('button', { name: `Pin ${last}` }).click();
  await expect
    .poll(() => again.getByRole('button', { name: `Pin ${last}` }).getAttribute('aria-pressed'))
    .toBe('false');
  await again.close();
});

it('asks before logging a timer stopped under a minute', async () => {
  const page = await openPopup();
  const name = (await buttonNames(page))[0] ?? '';
  const since = await page.evaluate(() => Date.now());
  await page.getByRole('button', { name: `Start timer for ${name}` }).click();
  await page.getByRole('button', { name: `Stop timer for ${name}` }).click();
  const dialog = page.getByRole('dialog', { name: `Log 1 min for ${name}?` });
  await dialog.waitFor();
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: path.join(shots, 'popup-short-timer-dark.png') });
  await dialog.getByRole('button', { name: 'Discard' }).click();
  await expect.poll(() => dialog.count()).toBe(0);
  expect(await loggedSince(page, since)).toEqual([]);

  await page.getByRole('button', { name: `Start timer for ${name}` }).click();
  await page.getByRole('button', { name: `Stop timer for ${name}` }).click();
  await dialog.getByRole('button', { name: 'Log 1 min' }).click();
  await expect.poll(() => confirmation(page).textContent()).toContain(`Logged ${name}, 1 min.`);
  expect(await loggedSince(page, since)).toEqual([name]);
  await page.close();
});

describe.each(['light', 'dark'] as const)(`in %s mode, with ${CHORES} chores`, (scheme) => {
  it.each(['Log', 'Ranking'])(`fits the %s view in 380 x 600 without scrolling`, async (view) => {
    const page = await openPopup(scheme);
    await page.getByRole('tab', { name: view }).click();
    if (view === 'Ranking') await page.locator('#view-ranking .ranking').waitFor();
    else await page.locator('#view-log .reco').waitFor();
    await page.screenshot({ path: path.join(shots, `popup-${view.toLowerCase()}-${scheme}.png`) });
    expect(await scrollHeight(page)).toBeLessThanOrEqual(600);
    await page.close();
  });
});

it("names the extension's keyboard shortcuts once in the popup and on the full page", async () => {
  const popup = await openPopup();
  await expect.poll(() => popup.locator('#view-log .shortcuts').textContent()).toContain('1–9 log a button');
  await expect
    .poll(() => popup.locator('#view-log .shortcuts').textContent())
    .toContain('Alt+Shift+L logs the last chore again');
  await popup.close();
  const page = await browser.openPage('dashboard.html');
  await expect
    .poll(() => page.locator('.dash-head .shortcuts').textContent())
    .toContain('Alt+Shift+O opens the popup');
  for (const [width, scheme] of [
    [1100, 'light'],
    [1440, 'dark'],
  ] as const) {
    await page.setViewportSize({ width, height: 400 });
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({ path: path.join(shots, `dashboard-head-${width}-${scheme}.png`) });
  }
  await page.close();
});
