import type { SyncStatus } from '../../sync/status';
import { dashboardUrlOn, type TeamView } from '../../sync/team-view';

type Props = {
  status: SyncStatus;
  view: TeamView | undefined;
  /** The last refresh failed (server unreachable, refused): its dashboard would not open either. */
  failed: boolean;
  /** Where to link when the team server's dashboard is not available; nothing is shown without one. */
  fallback?: { href: string; text: string };
};

/** "Team dashboard": the team server's read-only page, checked to be on that server's origin. */
export function TeamDashboardLink({ status, view, failed, fallback }: Props) {
  const url = failed || status.paused ? undefined : dashboardUrlOn(status.server, view?.dashboardUrl);
  const link = url ? { href: url, text: 'Team dashboard' } : fallback;
  if (!link) return null;
  return (
    <a href={link.href} target="_blank" rel="noopener noreferrer" class="small team-dashboard-link">
      {link.text}
      <span class="visually-hidden"> (opens in a new tab)</span>
    </a>
  );
}
