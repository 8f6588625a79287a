import { useEffect, useState } from 'preact/hooks';
import type { ToilDb } from '../../db/dexie';
import { useLiveQuery } from '../../lib/use-live-query';
import { userMessage } from '../../lib/user-message';
import { syncNow } from '../../sync/engine';
import { readTeamView, refreshTeamView } from '../../sync/team-view';

/** The team view kept on the device, shown at once, and fetched again after a sync when a view opens. */
export function useTeamView(db: ToilDb, joined: boolean) {
  const view = useLiveQuery(() => readTeamView(db), [db]);
  const [error, setError] = useState<string | undefined>();
  useEffect(() => {
    if (!joined) return;
    // Opening a view is when pulled changes matter: a full sync (push and pull), then the team's figures.
    syncNow({ db })
      .then(() => refreshTeamView(db))
      .then(
        () => setError(undefined),
        (failure: unknown) => setError(userMessage(failure)),
      );
  }, [db, joined]);
  return { view, error };
}
