import { render } from 'preact';
import { DashboardApp } from '../../components/DashboardApp';
import '../../styles/base.css';
import '../../styles/dashboard.css';

render(<DashboardApp />, document.getElementById('app') as HTMLElement);
