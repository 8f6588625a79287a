import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, expect, it } from 'vitest';
import { launchWithExtension, removeProfile } from './browser';
import { choreButton, confirmation, logNewChore } from './ui';

// Each test starts Chromium two or three times; on a busy 2-core machine that alone can take a minute.
const SEVERAL_LAUNCHES = 150_000;
const profiles: string[] = [];
afterAll(async () => {
  for (const dir of profiles) await removeProfile(dir);
});

async function newProfile(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'toil-profile-'));
  profiles.push(dir);
  return dir;
}

/** The history table's rows as the user reads them. */
async function historyRows(page: Page): Promise<string[]> {
  await page.locator('.history-table').waitFor();
  return page.locator('.history-table tbody tr').evaluateAll((rows) =>
    rows.map((r) =>
      [...r.querySelectorAll('td')]
        .slice(0, 4)
        .map((td) => td.textContent)
        .join(' | '),
    ),
  );
}

async function download(page: Page, button: string): Promise<string> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  return readFile(await file.path(), 'utf8');
}

it(
  'keeps the data after the browser is closed and reopened on the same profile',
  async () => {
    const dir = await newProfile();
    const first = await launchWithExtension(dir);
    const popup = await first.openPage('popup.html');
    await logNewChore(popup, 'Renew on-call handover doc', '7');
    await expect.poll(() => confirmation(popup).textContent()).toContain('Renew on-call handover doc');
    await choreButton(popup, 'Renew on-call handover doc').click();
    await expect.poll(() => popup.locator('.totals').textContent()).toContain('Today14 min');
    await first.close();

    const second = await launchWithExtension(dir);
    const again = await second.openPage('popup.html');
    await expect.poll(() => choreButton(again, 'Renew on-call handover doc').count()).toBe(1);
    await expect.poll(() => again.locator('.totals').textContent()).toContain('Today14 min');
    const dashboard = await second.openPage('dashboard.html');
    expect(await historyRows(dashboard)).toHaveLength(2);
    await second.close();
  },
  SEVERAL_LAUNCHES,
);

it(
  'exports JSON and CSV; a fresh profile importing the JSON shows the same history, and a bad file changes nothing',
  async () => {
    const source = await launchWithExtension(await newProfile());
    const popup = await source.openPage('popup.html');
    await logNewChore(popup, 'Triage "urgent" emails, again', '11');
    await expect.poll(() => confirmation(popup).textContent()).toContain('urgent');
    await logNewChore(popup, 'Re-run nightly backup', '25');
    await expect.poll(() => confirmation(popup).textContent()).toContain('Re-run nightly backup');
    await choreButton(popup, 'Re-run nightly backup').click();
    await expect.poll(() => popup.locator('.totals').textContent()).toContain('Today1 h 1 min');
    // Export and import is folded under the analysis (issue 14): its link opens it.
    const dashboard = await source.openPage('dashboard.html#data');
    const rows = await historyRows(dashboard);
    expect(rows).toHaveLength(3);
    const json = await download(dashboard, 'Export JSON');
    const csv = await download(dashboard, 'Export CSV');
    expect(csv.split(/\r?\n/)[0]).toContain('chore');
    expect(csv).toContain('"Triage ""urgent"" emails, again"');
    await source.close();

    const target = await launchWithExtension(await newProfile());
    const page = await target.openPage('dashboard.html#data');
    const file = path.join(target.profileDir, 'export.json');
    await writeFile(file, json);
    await page.getByLabel('Import a JSON export').setInputFiles(file);
    await page.getByRole('status').filter({ hasText: 'Imported 2 chores and 3 entries' }).waitFor();
    await expect.poll(() => historyRows(page)).toEqual(rows);
    const again = JSON.parse(await download(page, 'Export JSON'));
    const before = JSON.parse(json);
    expect(again.occurrences).toEqual(before.occurrences);
    expect(again.chores).toEqual(before.chores);

    // A bad file shows its first problems and changes nothing.
    const bad = {
      format: 'toil-tracker',
      version: 1,
      exportedAt: Date.now(),
      chores: [{ id: 'short', name: '' }],
      occurrences: [{ id: 'occurrence-1', choreId: 'missing-chore', at: 5, minutes: -3 }],
    };
    const badFile = path.join(target.profileDir, 'bad.json');
    await writeFile(badFile, JSON.stringify(bad));
    await page.getByLabel('Import a JSON export').setInputFiles(badFile);
    const alert = page.locator('.import-outcome [role="alert"]');
    await expect.poll(() => alert.textContent()).toContain('bad.json was not imported; nothing was changed.');
    await expect.poll(() => alert.locator('li').count()).toBeGreaterThan(1);
    expect(await alert.locator('li').first().textContent()).toMatch(/^chore 1: /);
    expect(await historyRows(page)).toEqual(rows);
    const after = JSON.parse(await download(page, 'Export JSON'));
    expect([after.chores, after.occurrences]).toEqual([again.chores, again.occurrences]);
    await target.close();
  },
  SEVERAL_LAUNCHES,
);
