import type { ToilDb } from '../../../db/dexie';
import type { NewInvite } from '../../../sync/admin-api';
import type { SyncStatus } from '../../../sync/status';
import { DeleteTeamForm } from './DeleteTeamForm';
import { FormerMembersPanel } from './FormerMembersPanel';
import { InvitesPanel } from './InvitesPanel';
import { MembersPanel } from './MembersPanel';
import { TeamSettingsForm } from './TeamSettingsForm';
import { useAdmin } from './use-admin';
import { ViewLinksPanel } from './ViewLinksPanel';

type Props = {
  db: ToilDb;
  status: SyncStatus;
  timeZone: string;
  fresh?: NewInvite[];
  onDeleted: (teamName: string) => void;
};

/** "Run the team": shown to admins only (the server tells), every admin task through the admin API. */
export function AdminSection({ db, status, timeZone, fresh, onDeleted }: Props) {
  const { admin, members, former, reload } = useAdmin(db, status.server);
  if (!admin || !members) return null;
  return (
    <section class="team-admin" aria-labelledby="team-admin-heading">
      <h3 id="team-admin-heading">Run the team (you are an admin)</h3>
      <InvitesPanel admin={admin} timeZone={timeZone} {...(fresh ? { fresh } : {})} />
      <MembersPanel
        admin={admin}
        members={members}
        teamName={status.teamName}
        timeZone={timeZone}
        reload={reload}
      />
      <FormerMembersPanel admin={admin} former={former} timeZone={timeZone} reload={reload} />
      <TeamSettingsForm db={db} admin={admin} />
      <ViewLinksPanel admin={admin} members={members} timeZone={timeZone} />
      <DeleteTeamForm db={db} admin={admin} teamName={status.teamName} onDeleted={onDeleted} />
    </section>
  );
}
