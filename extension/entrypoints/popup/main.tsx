import { render } from 'preact';
import { PopupApp } from '../../components/PopupApp';
import { linkToBackground } from '../../features/background-link';
import { activeHost } from '../../lib/active-host';
import '../../styles/base.css';
import '../../styles/panels.css';
import '../../styles/popup.css';

linkToBackground();
// The host is read before the first render so a chore for this site is on top from the start.
void activeHost().then((host) => {
  render(
    <PopupApp host={host} initialWeek={location.hash === '#last-week' ? 'last' : 'this'} />,
    document.getElementById('app') as HTMLElement,
  );
});
