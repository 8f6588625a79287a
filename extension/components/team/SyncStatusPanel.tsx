import { useState } from 'preact/hooks';
import type { ToilDb } from '../../db/dexie';
import { formatDateTime } from '../../lib/format';
import { userMessage } from '../../lib/user-message';
import { syncNow } from '../../sync/engine';
import type { SyncStatus } from '../../sync/status';
import { refreshTeamView } from '../../sync/team-view';
import { failureNote, stuckNote } from './sync-notes';
import { TeamBrowsers } from './TeamBrowsers';
import { TeamExitButtons } from './TeamExitButtons';
import { TeamHeldDeletes } from './TeamHeldDeletes';
import { TeamJoinForm } from './TeamJoinForm';

type Props = { db: ToilDb; status: SyncStatus; timeZone: string };

/**
 * The connected team, the last good sync, what waits, what the server refused or keeps failing on; leave
 * or erase. A token refused without a reason offers to join again (a member who is gone: TeamGonePanel).
 */
export function SyncStatusPanel({ db, status, timeZone }: Props) {
  const [message, setMessage] = useState<string | undefined>();
  const act = (task: () => Promise<unknown>) => async () => {
    setMessage(undefined);
    try {
      await task();
    } catch (error) {
      setMessage(userMessage(error));
    }
  };
  const syncAndRefresh = act(async () => {
    const outcome = await syncNow({ db });
    if (outcome.status === 'synced') await refreshTeamView(db);
  });

  const failure = failureNote(status, timeZone);
  const stuck = stuckNote(status, timeZone);

  return (
    <div class="sync-status">
      <p>
        Connected to team <strong class="team-name">{status.teamName}</strong> at{' '}
        <span class="server">{status.server}</span>
        {status.displayName ? ` as ${status.displayName}` : ''}.
      </p>
      {status.heldDeletes ? <TeamHeldDeletes db={db} held={status.heldDeletes} /> : null}
      {status.paused ? (
        <div class="banner">
          <p class="sync-paused" role="alert">
            {status.paused}
          </p>
          <TeamJoinForm db={db} rejoin />
        </div>
      ) : null}
      <dl class="sync-facts">
        <dt>Last successful sync</dt>
        <dd class="last-sync">{status.lastSyncAt ? formatDateTime(status.lastSyncAt, timeZone) : 'never'}</dd>
        <dt>Changes waiting</dt>
        <dd class="waiting">{status.waiting}</dd>
      </dl>
      {failure ? <p class="error sync-error">Last try failed: {failure}</p> : null}
      {stuck ? (
        <details class="stuck">
          <summary class="error">{stuck}</summary>
          <ul>
            {(status.stuck ?? []).map((s) => (
              <li key={s.key}>
                <span class="small muted">{s.table === 'chores' ? 'Chore' : 'Entry'}</span> {s.reason}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {status.rejected.length > 0 ? (
        <details class="rejected">
          <summary>{status.rejected.length} change(s) the server refused (kept on this device)</summary>
          <ul>
            {status.rejected.map((r) => (
              <li key={`${r.id}-${r.at}`}>
                <span class="small muted">{r.table === 'chores' ? 'Chore' : 'Entry'}</span> {r.reason}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      <div class="row">
        <button type="button" onClick={syncAndRefresh} disabled={Boolean(status.paused)}>
          Sync now
        </button>
        <TeamExitButtons db={db} gone={false} act={act} />
      </div>
      <p class="muted small">Leaving or deleting never removes anything stored in this browser.</p>
      {message ? (
        <p class="error" role="alert">
          {message}
        </p>
      ) : null}
      {status.paused ? null : <TeamBrowsers db={db} timeZone={timeZone} />}
    </div>
  );
}
