import { useEffect } from 'preact/hooks';
import type { ToilDb } from '../../db/dexie';
import { formatDateTime } from '../../lib/format';
import { useLiveQuery } from '../../lib/use-live-query';
import { syncStatus } from '../../sync/status';
import { failureNote, stuckNote } from './sync-notes';
import { TeamChoreNames } from './TeamChoreNames';
import { TeamDashboardLink } from './TeamDashboardLink';
import { TeamHeadline } from './TeamHeadline';
import { heldWords } from './TeamHeldDeletes';
import { TeamLeaderboard } from './TeamLeaderboard';
import { useTeamView } from './use-team-view';

type Props = {
  db: ToilDb;
  timeZone: string;
  /**
   * Told when sync stops (the member was removed, the team deleted), runs, or holds deletions for the
   * member to confirm: the popup marks its tab.
   */
  onLink?(link: 'syncing' | 'stopped' | 'asking'): void;
};

/** The extension's own Team section: where the link goes while the team server cannot be reached. */
const TEAM_SECTION = { href: '/dashboard.html#team', text: 'Team page' };

/**
 * The popup's Team view: this week's team leaderboard and a link to the team dashboard page on the team
 * server (or to the extension's Team section while that is out of reach); nothing if not joined.
 */
export function TeamViewPanel({ db, timeZone, onLink }: Props) {
  const status = useLiveQuery(() => syncStatus(db), [db]);
  // Only sync's own news (stopped, or running again): whether this device joined at all is the popup's
  // own read of its database, never overruled here.
  const link = status ? (status.paused ? 'stopped' : status.heldDeletes ? 'asking' : 'syncing') : undefined;
  useEffect(() => {
    if (link) onLink?.(link);
  }, [link]);
  const { view, error } = useTeamView(db, Boolean(status && !status.paused && !status.choosing));
  if (!status) return null;
  const failure = failureNote(status, timeZone);
  const stuck = stuckNote(status, timeZone);
  return (
    <section class="team-view" aria-labelledby="team-view-heading">
      <div class="row">
        <h2 id="team-view-heading" class="grow">
          Team: <span class="team-name">{status.teamName}</span>
        </h2>
        <TeamDashboardLink status={status} view={view} failed={Boolean(error)} fallback={TEAM_SECTION} />
      </div>
      {status.paused ? (
        <p class="error sync-paused" role="alert">
          {status.paused}{' '}
          {status.gone ? (
            <a href={TEAM_SECTION.href} target="_blank" rel="noopener noreferrer">
              Join another team
            </a>
          ) : null}
        </p>
      ) : null}
      {status.heldDeletes ? (
        <p class="error sync-held" role="alert">
          Another of your browsers deleted {heldWords(status.heldDeletes)}; they are kept here until you
          choose on the{' '}
          <a href={TEAM_SECTION.href} target="_blank" rel="noopener noreferrer">
            Team page
          </a>
          .
        </p>
      ) : null}
      {status.choosing ? (
        <p class="sync-choosing">
          Nothing is shared yet: choose what to share on the{' '}
          <a href={TEAM_SECTION.href} target="_blank" rel="noopener noreferrer">
            Team page
          </a>
          , then syncing starts.
        </p>
      ) : null}
      {error && !failure ? (
        <p class="muted small">{view ? `Showing the last known figures. ${error}` : error}</p>
      ) : null}
      {status.gone ? null : <TeamHeadline view={view} />}
      {status.gone ? null : <TeamLeaderboard view={view} timeZone={timeZone} limit={5} />}
      <TeamChoreNames view={view} />
      {failure ? (
        <p class="error small sync-error">{view ? `Showing the last known figures. ${failure}` : failure}</p>
      ) : null}
      {stuck ? <p class="error small sync-stuck">{stuck}</p> : null}
      {status.gone ? null : (
        <p class="muted small sync-line">
          {status.lastSyncAt ? `Synced ${formatDateTime(status.lastSyncAt, timeZone)}` : 'Not synced yet'}
          {status.waiting > 0 ? ` · ${status.waiting} waiting` : ''}
          {status.rejected.length > 0 ? ` · ${status.rejected.length} refused` : ''}
        </p>
      )}
    </section>
  );
}
