import { render } from 'preact';
import { PopupApp } from '../../components/PopupApp';
import { openRaw } from '../../db/raw/open';
import { readSnapshotRows } from '../../db/raw/snapshot';
import { buildSnapshot } from '../../db/snapshot-build';
import { linkToBackground } from '../../features/background-link';
import { cacheRows } from '../../lib/popup-cache';
import { popupStart } from '../../lib/popup-start';
import '../../styles/popup.css';

linkToBackground();
// Storage and the active tab were asked for by the start script in the page's head. The first render
// shows the rows cached at the last opening, if any, and the fresh read replaces them a moment later;
// on first run (or after an update of the schema) the database is created or upgraded first.
const { now, opened, host, cached } = popupStart();
const ready = opened.then(
  async (early) => early ?? openRaw().then(async (idb) => ({ idb, rows: await readSnapshotRows(idb, now) })),
);
const idb = ready.then((r) => r.idb);
const rows = ready.then((r) => {
  cacheRows(r.rows);
  return r.rows;
});
void Promise.all([cached ?? rows, host]).then(
  ([first, site]) => {
    render(
      <PopupApp
        idb={idb}
        host={site}
        initial={buildSnapshot(first, now, site)}
        {...(cached ? { fresh: rows.then((r) => buildSnapshot(r, now, site)) } : {})}
        initialWeek={location.hash === '#last-week' ? 'last' : 'this'}
      />,
      document.getElementById('app') as HTMLElement,
    );
  },
  (error: unknown) => {
    const app = document.getElementById('app') as HTMLElement;
    app.textContent = `Toil Tracker could not open its storage. (${String(error)})`;
  },
);
