/**
 * Bench-only page, bundled from the real extension/db and added to a copy of the built extension (never
 * to the product). It runs in the extension's origin, so it sees the same IndexedDB as the popup.
 */

import { db, importJson, logOccurrence, popupSnapshot } from '../../../extension/db';
import { exportJson } from '../../../shared/transfer';
import { benchChores, benchOccurrences } from './seed-data';

const RAW_DB = 'raw-add-baseline';
const SHAPE_STORES = ['occurrences', 'outbox', 'weekly', 'daily', 'choreStats', 'chores', 'kv'];

/** Adds occurrences up to `total` through importJson: the product's bulk path (rows, outbox, rollups). */
async function seedTo(total: number): Promise<number> {
  const now = Date.now();
  const have = await db.occurrences.count();
  if (have >= total) return have;
  const text = exportJson({ chores: benchChores(now), occurrences: benchOccurrences(have, total, now) }, now);
  const result = await importJson(db, text);
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.where}: ${p.message}`).join('; '));
  return db.occurrences.count();
}

function openRaw(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(RAW_DB, 1);
    req.onupgradeneeded = () => {
      // The same store shape and indexes as the occurrences table, so only the verb's work differs.
      const store = req.result.createObjectStore('occurrences', { keyPath: 'id' });
      store.createIndex('at', 'at');
      store.createIndex('[choreId+at]', ['choreId', 'at']);
      for (const name of SHAPE_STORES.slice(1)) req.result.createObjectStore(name, { autoIncrement: true });
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function rawAdd(raw: IDBDatabase, row: object): Promise<void> {
  return new Promise((resolve, reject) => {
    const tx = raw.transaction('occurrences', 'readwrite');
    tx.objectStore('occurrences').add(row);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
}

const request = (r: IDBRequest) =>
  new Promise<unknown>((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });

/**
 * For context, not the budget: the verb's shape in raw IndexedDB, one transaction reading five rows at
 * once, then writing the occurrence, an outbox row, two rollups and the recent list. The floor of the
 * design (outbox and rollups in the click's transaction) without Dexie.
 */
function rawSameShape(raw: IDBDatabase, row: { id: string; choreId: string }): Promise<void> {
  return new Promise((resolve, reject) => {
    const tx = raw.transaction(SHAPE_STORES, 'readwrite');
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.error);
    const store = (name: string) => tx.objectStore(name);
    void Promise.all([
      request(store('chores').get(row.choreId)),
      request(store('choreStats').get(row.choreId)),
      request(store('kv').get('settings')),
      request(store('weekly').get(row.choreId)),
      request(store('daily').get(1)),
    ]).then(() => {
      store('occurrences').add(row);
      store('outbox').add({ table: 'occurrences', id: row.id, op: 'put', at: Date.now() });
      store('weekly').put({ occurrences: 1, minutes: 5 }, row.choreId);
      store('daily').put({ occurrences: 1, minutes: 5 }, 1);
      store('choreStats').put({ lastAt: 1, recent: [] }, row.choreId);
    });
  });
}

let rawCount = 0;
async function seedRaw(raw: IDBDatabase, total: number) {
  const rows = benchOccurrences(0, total, Date.now());
  await new Promise<void>((resolve, reject) => {
    const tx = raw.transaction('occurrences', 'readwrite');
    for (const row of rows) tx.objectStore('occurrences').put(row);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
}

/**
 * One click, timed as the popup sees it: from the call to the promise that resolves once the
 * transaction committed. Alternates with a raw IndexedDB add of the same row shape, same page.
 */
async function measureClicks(iterations: number, warmup: number) {
  const raw = await openRaw();
  await seedRaw(raw, await db.occurrences.count());
  const chores = await db.chores.toArray();
  const verb: number[] = [];
  const baseline: number[] = [];
  const shape: number[] = [];
  for (let i = 0; i < warmup + iterations; i++) {
    const chore = chores[i % chores.length];
    if (!chore) throw new Error('seed the database first');
    const [sample] = benchOccurrences(i, i + 1, Date.now());
    if (!sample) throw new Error('no sample row');
    const rawRow = { ...sample, id: `raw-${rawCount++}` };
    // Alternate which goes first, so neither always runs right after the other's commit.
    const timeVerb = async () => {
      const t = performance.now();
      await logOccurrence(db, { choreId: chore.id, source: 'click' });
      return performance.now() - t;
    };
    const timeRaw = async () => {
      const t = performance.now();
      await rawAdd(raw, rawRow);
      return performance.now() - t;
    };
    const [v, b] =
      i % 2 ? [await timeVerb(), await timeRaw()] : [await timeRaw(), await timeVerb()].reverse();
    const t = performance.now();
    await rawSameShape(raw, { ...rawRow, id: `raw-shape-${rawCount++}` });
    const s = performance.now() - t;
    if (i >= warmup) {
      verb.push(v ?? Number.NaN);
      baseline.push(b ?? Number.NaN);
      shape.push(s);
    }
  }
  raw.close();
  return { verb, baseline, shape };
}

/** Median time of the popup's data read alone (popupSnapshot), to show it stays flat as history grows. */
async function snapshotMs(runs: number): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await popupSnapshot(db);
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)] ?? Number.NaN;
}

/**
 * After a bulk import the browser compacts its IndexedDB files for a while, and reads meanwhile are
 * many times slower. Waits (up to 30 s) until two rounds of snapshot reads agree within 20%.
 */
async function settle(): Promise<number> {
  let last = await snapshotMs(5);
  for (let i = 0; i < 30; i++) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const now = await snapshotMs(5);
    if (Math.abs(now - last) <= 0.2 * Math.max(now, last) || Math.abs(now - last) < 1) return now;
    last = now;
  }
  return last;
}

Object.assign(globalThis, { bench: { seedTo, measureClicks, snapshotMs, settle } });
document.title = 'bench ready';
