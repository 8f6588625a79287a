import { render } from 'preact';
import { DashboardApp } from '../../components/dashboard/DashboardApp';
import { linkToBackground } from '../../features/background-link';
import '../../styles/base.css';
import '../../styles/panels.css';
import '../../styles/log.css';
import '../../styles/dashboard.css';

linkToBackground();
render(<DashboardApp />, document.getElementById('app') as HTMLElement);
