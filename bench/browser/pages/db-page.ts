/**
 * Bench-only page, bundled from the real extension/db and added to a copy of the built extension (never
 * to the product). It runs in the extension's origin, so it sees the same IndexedDB as the popup.
 */

import { usualMinutes } from '../../../extension/db/core/typical';
import { db, importJson } from '../../../extension/db/dexie';
import { foldNow, logClick } from '../../../extension/db/idb/quick';
import { readSnapshot } from '../../../extension/db/idb/snapshot';
import { exportJson } from '../../../shared/transfer';
import { benchChores, benchOccurrences } from './seed-data';

const RAW_DB = 'raw-add-baseline';

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
 * One click, timed as the popup sees it: the popup's click verb (logClick: the occurrence, its outbox
 * row and a pending row in one transaction) from the call until its transaction committed, with the
 * minutes its button shows. Alternates with a raw IndexedDB add of the same row shape, same page. The
 * fold of the pending row into the rollups that follows each click (its own transaction, after the
 * click is confirmed) is timed apart, for the record, and never overlaps the next measurement.
 */
async function measureClicks(iterations: number, warmup: number) {
  const raw = await openRaw();
  await seedRaw(raw, await db.occurrences.count());
  const idb = db.backendDB();
  const chores = await db.chores.toArray();
  const stats = new Map((await db.choreStats.toArray()).map((s) => [s.choreId, s]));
  const verb: number[] = [];
  const baseline: number[] = [];
  const fold: number[] = [];
  for (let i = 0; i < warmup + iterations; i++) {
    const chore = chores[i % chores.length];
    if (!chore) throw new Error('seed the database first');
    const [sample] = benchOccurrences(i, i + 1, Date.now());
    if (!sample) throw new Error('no sample row');
    const rawRow = { ...sample, id: `raw-${rawCount++}` };
    const minutes = usualMinutes(chore, stats.get(chore.id));
    // Alternate which goes first, so neither always runs right after the other's commit.
    const timeVerb = async () => {
      const t = performance.now();
      await logClick(idb, { choreId: chore.id, minutes, source: 'click' });
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
    await foldNow(idb);
    const f = performance.now() - t;
    if (i >= warmup) {
      verb.push(v ?? Number.NaN);
      baseline.push(b ?? Number.NaN);
      fold.push(f);
    }
  }
  raw.close();
  return { verb, baseline, fold };
}

/** Median time of the popup's data read alone (readSnapshot), to show it stays flat as history grows. */
async function snapshotMs(runs: number): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await readSnapshot(db.backendDB());
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
