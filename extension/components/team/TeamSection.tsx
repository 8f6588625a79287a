import { useState } from 'preact/hooks';
import type { ToilDb } from '../../db/dexie';
import { listChores } from '../../db/dexie/chore-reads';
import { useLiveQuery } from '../../lib/use-live-query';
import type { NewInvite } from '../../sync/admin-api';
import { syncStatus } from '../../sync/status';
import { AdminSection } from './admin/AdminSection';
import { FreshJoinLinks } from './admin/FreshJoinLinks';
import { StartTeamForm } from './admin/StartTeamForm';
import { SharePreview } from './SharePreview';
import { SyncStatusPanel } from './SyncStatusPanel';
import { TeamChoreNames } from './TeamChoreNames';
import { TeamChoreSharing } from './TeamChoreSharing';
import { TeamDashboardLink } from './TeamDashboardLink';
import { TeamGonePanel } from './TeamGonePanel';
import { TeamHeadline } from './TeamHeadline';
import { TeamJoinForm } from './TeamJoinForm';
import { TeamLeaderboard } from './TeamLeaderboard';
import { useTeamView } from './use-team-view';

type Props = { db: ToilDb; timeZone: string; requestAccess?: (origin: string) => Promise<boolean> };

/** The full page's Team section: join, sync status, the team leaderboard, what is shared. */
export function TeamSection({ db, timeZone, requestAccess }: Props) {
  const status = useLiveQuery(() => syncStatus(db), [db]);
  const chores = useLiveQuery(() => listChores(db), [db]);
  const { view, error } = useTeamView(db, Boolean(status && !status.paused && !status.choosing));
  // The join link of a team just started: its code is shown once, so it lives here, never stored.
  const [fresh, setFresh] = useState<{ server: string; invites: NewInvite[] }>();
  const [deleted, setDeleted] = useState<string>();
  const access = requestAccess ? { requestAccess } : {};
  return (
    <section id="team" aria-labelledby="team-heading" class="panel">
      <h2 id="team-heading">Team</h2>
      {deleted && status === null ? (
        <p class="card team-deleted" role="status">
          The team {deleted} is deleted, with everything its server held of it. Everything you logged is still
          here.
        </p>
      ) : null}
      {status === undefined ? null : status === null ? (
        <>
          <p class="muted">
            Pool your toil with your team through your team’s own sync server. Logging works the same without
            one.
          </p>
          <div class="team-entry">
            <div>
              <h3>Join a team</h3>
              <TeamJoinForm db={db} {...access} />
            </div>
            <div>
              <h3>Start a team</h3>
              <p class="muted small">
                For a team lead: create the team on your team’s server. You become its admin and get a join
                link for each colleague.
              </p>
              <StartTeamForm
                db={db}
                onStarted={(server, invite) => setFresh({ server, invites: [invite] })}
                {...access}
              />
            </div>
          </div>
        </>
      ) : status.choosing ? (
        <>
          {fresh ? (
            <FreshJoinLinks server={fresh.server} invites={fresh.invites} timeZone={timeZone} />
          ) : null}
          <SharePreview db={db} status={status} />
        </>
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
          <TeamHeadline view={view} />
          <TeamLeaderboard view={view} timeZone={timeZone} />
          <TeamChoreNames view={view} />
          {chores ? (
            <TeamChoreSharing db={db} chores={chores} privateOnServer={status.privateOnServer ?? []} />
          ) : null}
          {status.paused ? null : (
            <AdminSection
              db={db}
              status={status}
              timeZone={timeZone}
              onDeleted={setDeleted}
              {...(fresh ? { fresh: fresh.invites } : {})}
            />
          )}
        </>
      )}
    </section>
  );
}
