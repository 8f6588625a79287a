import { DB_NAME, NEWEST_STORE } from '../db/name';
import { openExisting } from '../db/raw/idb';
import { readSnapshotRows } from '../db/raw/snapshot-rows';
import type { SnapshotRows } from '../db/snapshot-rows';
import { activeHost } from './active-host';
import { cachedRows } from './popup-cache';

/** What the popup needs before its first render, started as early as the page allows. */
export type PopupStart = {
  now: number;
  /** The database and the popup's rows; null when the database must first be created or upgraded. */
  opened: Promise<{ idb: IDBDatabase; rows: SnapshotRows } | null>;
  host: Promise<string | undefined>;
  /** The rows read last time (popup-cache.ts), shown until `opened` has the fresh ones. */
  cached: SnapshotRows | null;
};

const KEY = '__toilTrackerPopupStart';

/**
 * Opens the database, reads the popup's rows and asks which tab is active, all at once, and takes the
 * rows cached last time. The popup's
 * small start script (entrypoints/popup-start.ts) runs this from the page's head, so the reads overlap
 * with loading the popup's modules; main.tsx takes the result over.
 */
export function startPopup(): PopupStart {
  const now = Date.now();
  const opened = openExisting(DB_NAME).then(async (idb) => {
    if (!idb?.objectStoreNames.contains(NEWEST_STORE)) {
      idb?.close();
      return null;
    }
    idb.onversionchange = () => idb.close();
    return { idb, rows: await readSnapshotRows(idb, now) };
  });
  // Awaited in main.tsx; this only keeps a failure from being reported before it is handled there.
  opened.catch(() => undefined);
  const start = { now, opened, host: activeHost(), cached: cachedRows() };
  (globalThis as Record<string, unknown>)[KEY] = start;
  return start;
}

/** The start made by the start script, or a new one when it did not run. */
export function popupStart(): PopupStart {
  return ((globalThis as Record<string, unknown>)[KEY] as PopupStart | undefined) ?? startPopup();
}
