import type { ToilDb } from '../db';
import { formatDateTime } from '../lib/format';
import { useLiveQuery } from '../lib/use-live-query';
import { syncStatus } from '../sync/status';
import { TeamChoreNames } from './TeamChoreNames';
import { TeamLeaderboard, useTeamView } from './TeamLeaderboard';

type Props = { db: ToilDb; timeZone: string };

/** The popup's Team view: this week's team leaderboard and a link to the team page; nothing if not joined. */
export function TeamViewPanel({ db, timeZone }: Props) {
  const status = useLiveQuery(() => syncStatus(db), [db]);
  const { view, error } = useTeamView(db, Boolean(status && !status.paused));
  if (!status) return null;
  return (
    <section class="team-view" aria-labelledby="team-view-heading">
      <div class="row">
        <h2 id="team-view-heading" class="grow">
          Team: <span class="team-name">{status.teamName}</span>
        </h2>
        <a href="/dashboard.html#team" target="_blank" rel="noopener" class="small">
          Team page<span class="visually-hidden"> (opens in a new tab)</span>
        </a>
      </div>
      {status.paused ? (
        <p class="error sync-paused" role="alert">
          {status.paused}
        </p>
      ) : null}
      {error ? <p class="muted small">{error}</p> : null}
      <TeamLeaderboard view={view} timeZone={timeZone} limit={5} />
      <TeamChoreNames view={view} />
      <p class="muted small sync-line">
        {status.lastSyncAt ? `Synced ${formatDateTime(status.lastSyncAt, timeZone)}` : 'Not synced yet'}
        {status.waiting > 0 ? ` · ${status.waiting} waiting` : ''}
        {status.rejected.length > 0 ? ` · ${status.rejected.length} refused` : ''}
      </p>
    </section>
  );
}
