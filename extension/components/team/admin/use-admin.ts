import { useCallback, useEffect, useState } from 'preact/hooks';
import type { ToilDb } from '../../../db/dexie';
import { type Admin, adminOf, type FormerMember, listMembers, type Member } from '../../../sync/admin-api';
import { RejectedError } from '../../../sync/http';

const sameConnection = (a: Admin, b: Admin) =>
  a.server === b.server && a.token === b.token && a.memberId === b.memberId;

/**
 * Whether this device's member is an admin, asked of the server (GET /v1/members answers admins only, so
 * a browser paired from another one knows too), with the members and former members. Until it answers,
 * nothing is shown.
 */
export function useAdmin(db: ToilDb, server: string) {
  const [admin, setAdmin] = useState<Admin | undefined>();
  const [team, setTeam] = useState<{ members: Member[]; former: FormerMember[] } | undefined>();
  const reload = useCallback(async () => {
    const connection = await adminOf(db);
    if (!connection) return setAdmin(undefined);
    try {
      setTeam(await listMembers(connection));
      // The same connection keeps its identity: the screens that read with it (the settings form's
      // draft) are not read again, and an unsaved change is not lost, when only the members reloaded.
      setAdmin((known) => (known && sameConnection(known, connection) ? known : connection));
    } catch (error) {
      // A member (403) sees no admin screens; an unreachable server leaves them as they were.
      if (error instanceof RejectedError) setAdmin(undefined);
      else throw error;
    }
  }, [db, server]);
  useEffect(() => {
    reload().catch(() => undefined);
  }, [reload]);
  return { admin, members: team?.members, former: team?.former ?? [], reload };
}
