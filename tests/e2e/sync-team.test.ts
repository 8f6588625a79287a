import type { Worker } from 'playwright-core';
import { expect, it } from 'vitest';
import { closeAndRemove, type ExtensionBrowser, launchWithExtension } from './browser';
import {
  dashboardTeamRows,
  joinFromDashboard,
  logFromPopup,
  popupTeamRows,
  type TeamRow,
  twoProfilesInATeam,
} from './sync-ui';
import { newInvite } from './worker-server';

const setup = twoProfilesInATeam('Platform team');

async function serviceWorker(b: ExtensionBrowser): Promise<Worker> {
  return b.context.serviceWorkers()[0] ?? (await b.context.waitForEvent('serviceworker'));
}

/** Tells the background the network came back: one of its sync triggers (no page involved). */
async function fireOnline(b: ExtensionBrowser) {
  await (await serviceWorker(b)).evaluate(() => void globalThis.dispatchEvent(new Event('online')));
}

/**
 * Read from the service worker's own IndexedDB: the live entries of a chore (by name), that chore's
 * weekly rollup minutes, and the outbox size.
 */
async function storedInBackground(b: ExtensionBrowser, choreName: string) {
  return (await serviceWorker(b)).evaluate(async (name) => {
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
    type Row = { id: string; name: string; choreId: string; minutes: number; deleted: boolean };
    const [chores, occurrences, weekly, outbox] = await Promise.all([
      all<Row>('chores'),
      all<Row>('occurrences'),
      all<Row>('weekly'),
      all<unknown>('outbox'),
    ]);
    db.close();
    const ids = new Set(chores.filter((c) => c.name === name).map((c) => c.id));
    return {
      entries: occurrences.filter((o) => ids.has(o.choreId) && !o.deleted).map((o) => o.minutes),
      weeklyMinutes: weekly.filter((w) => ids.has(w.choreId)).reduce((sum, w) => sum + w.minutes, 0),
      waiting: outbox.length,
    };
  }, choreName);
}

const expected: TeamRow[] = [
  { name: 'restart ci', people: 2, times: 2 },
  { name: 'rotate tls cert', people: 2, times: 3 },
];

it('pools two profiles’ chores, logged before joining and while the server was down', {
  timeout: 240_000,
}, async () => {
  const { server, ada, bob, team } = setup;
  await logFromPopup(ada, 'Rotate TLS cert', '20');
  await logFromPopup(bob, 'rotate tls cert', '10');
  await logFromPopup(bob, 'Restart CI', '5');

  const adaTeam = await joinFromDashboard(ada, server.url, team.inviteCode, 'Ada');
  const bobTeam = await joinFromDashboard(bob, server.url, await newInvite(server, team), 'Bob');
  for (const page of [adaTeam, bobTeam]) {
    await expect.poll(() => page.locator('.sync-status .waiting').textContent()).toBe('0');
  }

  await server.stop();
  await logFromPopup(ada, 'Restart CI', '7');
  await logFromPopup(bob, 'rotate tls cert', '15');
  for (const page of [adaTeam, bobTeam]) {
    await page.getByRole('button', { name: 'Sync now' }).click();
    await expect.poll(() => page.locator('.sync-error').textContent()).toContain('Last try failed');
    await expect.poll(() => page.locator('.sync-status .waiting').textContent()).not.toBe('0');
  }

  await server.start();
  for (const page of [adaTeam, bobTeam]) {
    await page.getByRole('button', { name: 'Sync now' }).click();
    await expect.poll(() => page.locator('.sync-status .waiting').textContent()).toBe('0');
    await expect.poll(() => page.locator('.sync-error').count()).toBe(0);
  }

  for (const b of [ada, bob]) {
    const popup = await b.openPage('popup.html');
    await expect.poll(() => popupTeamRows(popup)).toEqual(expected);
    await popup.close();
  }
  const link = await fetch(`${server.url}/v1/view-links`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${team.adminToken}` },
    body: JSON.stringify({ label: 'wall screen' }),
  });
  const { url } = (await link.json()) as { url: string };
  const page = await ada.context.newPage();
  await page.goto(url);
  expect(await dashboardTeamRows(page)).toEqual(expected);
});

it('gives the same member on a second browser, paired with a pairing link, the union of both browsers’ entries', {
  timeout: 240_000,
}, async () => {
  const { ada } = setup;
  const adaTeam = await ada.openPage('dashboard.html#team');
  await adaTeam.getByText('Use this team in another browser').click();
  await adaTeam.getByRole('button', { name: 'Make a pairing link' }).click();
  const pairing = adaTeam.getByLabel('Pairing link');
  await expect.poll(() => pairing.inputValue()).toMatch(/#pair=/);
  const link = await pairing.inputValue();

  const laptop = await launchWithExtension();
  try {
    await logFromPopup(laptop, 'Clear build cache', '6');
    const page = await laptop.openPage('dashboard.html#team');
    await page.getByLabel('Server address or join link').fill(link);
    await page.getByRole('button', { name: 'Join team' }).click();
    await page.getByRole('button', { name: 'Share and start syncing' }).click();
    await expect.poll(() => page.locator('.sync-status .waiting').textContent()).toBe('0');

    // Each browser now holds both: Ada's earlier chores on the laptop, the laptop's chore at Ada's.
    const laptopPopup = await laptop.openPage('popup.html');
    for (const name of ['Rotate TLS cert', 'Restart CI', 'Clear build cache']) {
      await expect.poll(() => laptopPopup.locator('.chore-log', { hasText: name }).count()).toBe(1);
    }
    const adaPopup = await ada.openPage('popup.html');
    await expect.poll(() => adaPopup.locator('.chore-log', { hasText: 'Clear build cache' }).count()).toBe(1);
    await expect
      .poll(() => popupTeamRows(adaPopup))
      .toEqual([{ name: 'clear build cache', people: 1, times: 1 }, ...expected]);

    // The background alone: with no page of Ada's browser open, what the laptop logs reaches her
    // IndexedDB through her service worker's sync (woken here by its back-online trigger).
    for (const p of ada.context.pages()) if (p.url().startsWith('chrome-extension://')) await p.close();
    await logFromPopup(laptop, 'Water the plants', '8');
    await fireOnline(laptop);
    await expect.poll(async () => (await storedInBackground(laptop, 'Water the plants')).waiting).toBe(0);
    await fireOnline(ada);
    await expect
      .poll(() => storedInBackground(ada, 'Water the plants'))
      .toEqual({ entries: [8], weeklyMinutes: 8, waiting: 0 });
    expect(ada.context.pages().filter((p) => p.url().startsWith('chrome-extension://'))).toEqual([]);
  } finally {
    await closeAndRemove(laptop);
  }
});
