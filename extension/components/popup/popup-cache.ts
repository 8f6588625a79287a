import type { SnapshotRows } from '../../db/core/snapshot';

const KEY = 'toil-tracker:popup-rows:v1';

type Store = Pick<Storage, 'getItem' | 'setItem'>;
const defaultStore = (): Store | undefined => globalThis.localStorage;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

function isRows(v: unknown): v is SnapshotRows {
  return (
    isRecord(v) &&
    isRecord(v.settings) &&
    ['chores', 'stats', 'weekly', 'days', 'pending', 'pins'].every((k) => Array.isArray(v[k])) &&
    (v.timer === null || isRecord(v.timer))
  );
}

/**
 * The rows the popup read from IndexedDB last time, kept in localStorage (same device, same origin).
 * localStorage answers synchronously as the popup's module starts; the IndexedDB read of a freshly
 * opened popup lands about 100 ms after the first frame, as the database opens once that frame is
 * painted (bench/popup-open: freshFromStorageMedian). The popup shows these at once and replaces them
 * with the fresh read, unless it found nothing changed.
 */
export function cachedRows(store = defaultStore()): SnapshotRows | null {
  try {
    const text = store?.getItem(KEY);
    if (!text) return null;
    const rows: unknown = JSON.parse(text);
    return isRows(rows) ? rows : null;
  } catch {
    return null;
  }
}

/**
 * Keeps the rows for the next opening, and says whether they differ from those kept: when they do not,
 * what the popup shows from the cache is already fresh. Failing to store (storage full or off) only costs
 * that speed-up, and counts as a change.
 */
export function cacheRows(rows: SnapshotRows, store = defaultStore()): boolean {
  try {
    const text = JSON.stringify(rows);
    if (store?.getItem(KEY) === text) return false;
    store?.setItem(KEY, text);
  } catch {
    // The next opening reads IndexedDB first, as without a cache.
  }
  return true;
}
