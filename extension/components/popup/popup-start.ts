import { DB_NAME, NEWEST_STORE } from '../../db/core/rows';
import type { SnapshotRows } from '../../db/core/snapshot';
import { openExisting } from '../../db/idb/open';
import { readSnapshotRows } from '../../db/idb/snapshot';
import { firstPaint } from '../../lib/first-paint';
import { activeHost } from './active-host';
import { cachedRows } from './popup-cache';

/** What the popup needs before its first render, all asked for at once. */
export type PopupStart = {
  now: number;
  /** The database and the popup's rows; null when the database must first be created or upgraded. */
  opened: Promise<{ idb: IDBDatabase; rows: SnapshotRows } | null>;
  host: Promise<string | undefined>;
  /** The rows read last time (popup-cache.ts), shown until `opened` has the fresh ones. */
  cached: SnapshotRows | null;
};

/**
 * Reads the rows cached last time, opens the database and reads the popup's rows, and asks which tab is
 * active. The popup's module calls this first thing. With cached rows to show, the database opens once
 * they are painted (`painted`, first-paint.ts) so that its work does not slow that first paint; without
 * them, at once, as the first frame needs the read. (A separate classic script that started the read
 * earlier was measured slower: the parser waited for it and for the stylesheet.)
 */
export function startPopup(name = DB_NAME, painted: () => Promise<void> = firstPaint): PopupStart {
  const now = Date.now();
  const cached = cachedRows();
  const opened = (cached ? painted() : Promise.resolve())
    .then(() => openExisting(name))
    .then(async (idb) => {
      if (!idb?.objectStoreNames.contains(NEWEST_STORE)) {
        idb?.close();
        return null;
      }
      idb.onversionchange = () => idb.close();
      return { idb, rows: await readSnapshotRows(idb, now) };
    });
  // Awaited in mount-popup.tsx; this only keeps a failure from being reported before it is handled there.
  opened.catch(() => undefined);
  return { now, opened, host: activeHost(), cached };
}

/**
 * Whether the order of the chore buttons depends on the active tab: only when a chore has a site
 * pattern. Otherwise the first frame need not wait for the tab's host.
 */
export function needsHost(rows: SnapshotRows): boolean {
  return rows.chores.some((c) => !c.deleted && !c.archived && Boolean(c.sitePattern));
}
