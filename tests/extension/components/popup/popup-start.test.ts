import { expect, it } from 'vitest';
import { cacheRows } from '../../../../extension/components/popup/popup-cache';
import { needsHost, startPopup } from '../../../../extension/components/popup/popup-start';
import type { SnapshotRows } from '../../../../extension/db/core/snapshot';
import { archiveChore } from '../../../../extension/db/dexie';
import { readSnapshotRows } from '../../../../extension/db/idb/snapshot';
import { freshDb, rawOf } from '../../fixtures/db';
import { createChore } from '../../fixtures/dexie-verbs';

it('reads the popup rows from an existing database and asks for the active tab', async () => {
  const db = await freshDb();
  await createChore(db, { name: 'Rotate certificates', defaultMinutes: 20 });
  db.close();
  const start = startPopup(db.name);
  const opened = await start.opened;
  expect(opened?.rows.chores.map((c) => c.name)).toEqual(['Rotate certificates']);
  expect(opened?.rows.settings.timeZone).toBe('Europe/Berlin');
  opened?.idb.close();
  // The fake browser has no tabs: no host, and no failure either.
  await expect(start.host).resolves.toBeUndefined();
});

it('leaves a missing database uncreated, for Dexie to create with its schema', async () => {
  const name = `never-opened-${Date.now()}`;
  await expect(startPopup(name).opened).resolves.toBeNull();
  expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(name);
});

it('waits for the active tab only when a live chore has a site pattern', async () => {
  const db = await freshDb();
  const stored = async () => ({ chores: await db.chores.toArray() }) as SnapshotRows;
  await createChore(db, { name: 'Plain', defaultMinutes: 5 });
  const { chore: old } = await createChore(db, {
    name: 'Old',
    defaultMinutes: 5,
    sitePattern: '*.example.com',
  });
  await archiveChore(db, old.id, true);
  expect(needsHost(await stored())).toBe(false);
  await createChore(db, { name: 'Merge PRs', defaultMinutes: 3, sitePattern: '*.github.com' });
  expect(needsHost(await stored())).toBe(true);
});

it('with rows cached at the last opening, opens the database only once they are painted', async () => {
  const db = await freshDb();
  await createChore(db, { name: 'Rotate certificates', defaultMinutes: 20 });
  const rows = await readSnapshotRows(await rawOf(db));
  db.close();
  cacheRows(rows);
  try {
    let paint = () => {};
    const painted = new Promise<void>((resolve) => {
      paint = resolve;
    });
    const start = startPopup(db.name, () => painted);
    expect(start.cached).toEqual(rows);
    let opened = false;
    void start.opened.then(() => {
      opened = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(opened).toBe(false);
    paint();
    const read = await start.opened;
    expect(read?.rows.chores.map((c) => c.name)).toEqual(['Rotate certificates']);
    read?.idb.close();
  } finally {
    localStorage.clear();
  }
});
