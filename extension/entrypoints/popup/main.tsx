import { render } from 'preact';
import { PopupApp } from '../../components/PopupApp';
import { openRaw } from '../../db/raw/open';
import { readSnapshotRows } from '../../db/raw/snapshot';
import { buildSnapshot } from '../../db/snapshot-build';
import { linkToBackground } from '../../features/background-link';
import { popupStart } from '../../lib/popup-start';
import '../../styles/base.css';
import '../../styles/panels.css';
import '../../styles/popup.css';

linkToBackground();
// Storage and the active tab were asked for by the start script in the page's head; the first render
// already shows the data, with a chore for this site on top. On first run (or after an update of the
// schema) the database is created or upgraded first.
const { now, opened, host } = popupStart();
const ready = opened.then(
  async (early) => early ?? openRaw().then(async (idb) => ({ idb, rows: await readSnapshotRows(idb, now) })),
);
void Promise.all([ready, host]).then(
  ([{ idb, rows }, site]) => {
    render(
      <PopupApp
        idb={idb}
        host={site}
        initial={buildSnapshot(rows, now, site)}
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
