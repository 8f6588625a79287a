import { render } from 'preact';
import { PopupApp } from '../../components/PopupApp';
import { openRaw } from '../../db/raw/open';
import { linkToBackground } from '../../features/background-link';
import { activeHost } from '../../lib/active-host';
import '../../styles/base.css';
import '../../styles/panels.css';
import '../../styles/popup.css';

linkToBackground();
// The host is read before the first render so a chore for this site is on top from the start; the
// database opens meanwhile.
void Promise.all([openRaw(), activeHost()]).then(
  ([idb, host]) => {
    render(
      <PopupApp idb={idb} host={host} initialWeek={location.hash === '#last-week' ? 'last' : 'this'} />,
      document.getElementById('app') as HTMLElement,
    );
  },
  (error: unknown) => {
    const app = document.getElementById('app') as HTMLElement;
    app.textContent = `Toil Tracker could not open its storage. (${String(error)})`;
  },
);
