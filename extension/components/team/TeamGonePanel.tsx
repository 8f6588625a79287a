import { useState } from 'preact/hooks';
import type { ToilDb } from '../../db/dexie';
import { userMessage } from '../../lib/user-message';
import type { SyncStatus } from '../../sync/status';
import { TeamExitButtons } from './TeamExitButtons';
import { TeamJoinForm } from './TeamJoinForm';

type Props = { db: ToilDb; status: SyncStatus };

/**
 * The member is gone from the team (removed by an admin, left from another browser, or the team was
 * deleted): why, in a sentence; sync has stopped and every entry stays. Offers to join another team
 * (which shares anew, after the share preview), to forget this one, or to delete what its server holds.
 */
export function TeamGonePanel({ db, status }: Props) {
  const [message, setMessage] = useState<string | undefined>();
  const act = (task: () => Promise<unknown>) => async () => {
    setMessage(undefined);
    try {
      await task();
    } catch (error) {
      setMessage(userMessage(error));
    }
  };
  return (
    <div class="sync-status team-gone">
      <p class="banner sync-paused" role="alert">
        {status.paused}
      </p>
      <h3>Join another team</h3>
      <TeamJoinForm db={db} />
      {status.gone === 'team_deleted' ? null : (
        <p class="muted small">
          What the server of {status.teamName} holds of you stays there, in its totals, until you delete it;
          until then those entries cannot be shared with another team on the same server.
        </p>
      )}
      <div class="row">
        <TeamExitButtons db={db} gone act={act} />
      </div>
      {message ? (
        <p class="error" role="alert">
          {message}
        </p>
      ) : null}
    </div>
  );
}
