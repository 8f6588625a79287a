import { render } from 'preact';
import { buildSnapshot, type PopupSnapshot, type SnapshotRows } from '../../db/core/snapshot';
import { openRaw } from '../../db/idb/open';
import { readSnapshotRows } from '../../db/idb/snapshot';
import { linkToBackground } from '../../features/background-link';
import { firstPaint } from '../../lib/first-paint';
import { PopupApp } from './PopupApp';
import { cacheRows } from './popup-cache';
import { needsHost, startPopup } from './popup-start';

/**
 * Opens the popup in `app`. Storage and the active tab are asked for first. The first render shows the
 * rows cached at the last opening, if any, and the fresh read replaces them once that frame is painted;
 * on first run (or after an update of the schema) the database is created or upgraded first.
 */
export function mountPopup(app: HTMLElement, hash = location.hash): void {
  const { now, opened, host, cached } = startPopup();
  void firstPaint().then(() => linkToBackground());
  const ready = opened.then(
    async (early) =>
      early ?? openRaw().then(async (idb) => ({ idb, rows: await readSnapshotRows(idb, now) })),
  );
  const idb = ready.then((r) => r.idb);
  // Whether the fresh rows differ from those cached at the last opening (then the cache's frame is fresh).
  const rows = ready.then((r) => ({ read: r.rows, changed: cacheRows(r.rows) }));

  /** The snapshot of `rows`; it waits for the active tab only when a chore has a site pattern to match. */
  const snapshotOf = async (read: SnapshotRows): Promise<PopupSnapshot> =>
    buildSnapshot(read, now, needsHost(read) ? await host : undefined);

  void (cached ? Promise.resolve(cached) : rows.then((r) => r.read)).then(snapshotOf).then(
    (initial) => {
      const fresh = rows.then(({ read, changed }) => (changed ? snapshotOf(read) : initial));
      render(
        <PopupApp
          idb={idb}
          host={host}
          initial={initial}
          {...(cached ? { fresh } : {})}
          initialWeek={hash === '#last-week' ? 'last' : 'this'}
        />,
        app,
      );
    },
    (error: unknown) => {
      app.textContent = `Toil Tracker could not open its storage. (${String(error)})`;
    },
  );
}
