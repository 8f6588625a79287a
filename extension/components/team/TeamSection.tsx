import type { ToilDb } from '../../db/dexie';
import { listChores } from '../../db/dexie/chore-reads';
import { useLiveQuery } from '../../lib/use-live-query';
import { syncStatus } from '../../sync/status';
import { SharePreview } from './SharePreview';
import { SyncStatusPanel } from './SyncStatusPanel';
import { TeamChoreNames } from './TeamChoreNames';
import { TeamChoreSharing } from './TeamChoreSharing';
import { TeamDashboardLink } from './TeamDashboardLink';
import { TeamGonePanel } from './TeamGonePanel';
import { TeamJoinForm } from './TeamJoinForm';
import { TeamLeaderboard } from './TeamLeaderboard';
import { useTeamView } from './use-team-view';

type Props = { db: ToilDb; timeZone: string; requestAccess?: (origin: string) => Promise<boolean> };

/** The full page's Team section: join, sync status, the team leaderboard, what is shared. */
export function TeamSection({ db, timeZone, requestAccess }: Props) {
  const status = useLiveQuery(() => syncStatus(db), [db]);
  const chores = useLiveQuery(() => listChores(db), [db]);
  const { view, error } = useTeamView(db, Boolean(status && !status.paused && !status.choosing));
  return (
    <section id="team" aria-labelledby="team-heading" class="panel">
      <h2 id="team-heading">Team</h2>
      {status === undefined ? null : status === null ? (
        <>
          <p class="muted">
            Pool your toil with your team through your team’s own sync server. Logging works the same without
            one.
          </p>
          <TeamJoinForm db={db} {...(requestAccess ? { requestAccess } : {})} />
        </>
      ) : status.choosing ? (
        <SharePreview db={db} status={status} />
      ) : status.gone ? (
        <TeamGonePanel db={db} status={status} />
      ) : (
        <>
          <SyncStatusPanel db={db} status={status} timeZone={timeZone} />
          <div class="row">
            <h3 class="grow">This week in the team</h3>
            <TeamDashboardLink status={status} view={view} failed={Boolean(error)} />
          </div>
          {error && !status.lastError ? (
            <p class="error small">{view ? `Showing the last known figures. ${error}` : error}</p>
          ) : null}
          <TeamLeaderboard view={view} timeZone={timeZone} />
          <TeamChoreNames view={view} />
          {chores ? (
            <TeamChoreSharing db={db} chores={chores} privateOnServer={status.privateOnServer ?? []} />
          ) : null}
        </>
      )}
    </section>
  );
}
