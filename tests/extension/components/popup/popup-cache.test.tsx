import { expect, it } from 'vitest';
import { PopupApp } from '../../../../extension/components/popup/PopupApp';
import { cachedRows, cacheRows } from '../../../../extension/components/popup/popup-cache';
import { buildSnapshot } from '../../../../extension/db/core/snapshot';
import { readSnapshotRows } from '../../../../extension/db/idb/snapshot';
import { freshDb, rawOf } from '../../fixtures/db';
import { createChore, logOccurrence } from '../../fixtures/dexie-verbs';
import { eventually, mount } from '../../fixtures/ui';

function memoryStore(full = false) {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => {
      if (full) throw new DOMException('full', 'QuotaExceededError');
      items.set(k, v);
    },
  };
}

it('keeps the rows of the last read for the next opening, and ignores anything else stored there', async () => {
  const db = await freshDb();
  const { chore } = await createChore(db, { name: 'Restart CI', defaultMinutes: 6 });
  await logOccurrence(db, { choreId: chore.id, source: 'click' });
  const rows = await readSnapshotRows(await rawOf(db));
  const store = memoryStore();
  expect(cachedRows(store)).toBeNull();
  expect(cacheRows(rows, store)).toBe(true);
  expect(cachedRows(store)).toEqual(rows);
  // The same rows again: nothing to store, and what the cache showed was already fresh.
  expect(cacheRows(structuredClone(rows), store)).toBe(false);
  await logOccurrence(db, { choreId: chore.id, source: 'click' });
  const after = await readSnapshotRows(await rawOf(db));
  expect(cacheRows(after, store)).toBe(true);
  expect(cachedRows(store)).toEqual(after);

  for (const junk of ['not json', '{"settings":1}', 'null', '[]']) {
    store.items.set([...store.items.keys()][0] ?? '', junk);
    expect(cachedRows(store)).toBeNull();
  }
  expect(cacheRows(rows, memoryStore(true))).toBe(true);
});

it('opens on the cached rows and replaces them with the fresh read', async () => {
  const db = await freshDb();
  const { chore } = await createChore(db, { name: 'Restart CI', defaultMinutes: 6 });
  const idb = await rawOf(db);
  const now = Date.now();
  const stale = buildSnapshot(await readSnapshotRows(idb, now), now);
  await logOccurrence(db, { choreId: chore.id, minutes: 9, source: 'click' }, now);
  const fresh = readSnapshotRows(idb, now).then((rows) => buildSnapshot(rows, now));

  const root = mount(<PopupApp idb={idb} initial={stale} fresh={fresh} />);
  expect(root.querySelector('main.popup')?.getAttribute('data-source')).toBe('cache');
  expect(root.querySelector('.totals')?.textContent).toContain('Today0 min');
  await eventually(() =>
    expect(root.querySelector('main.popup')?.getAttribute('data-source')).toBe('storage'),
  );
  expect(root.querySelector('.totals')?.textContent).toContain('Today9 min');
});
