import { useState } from 'preact/hooks';
import type { ToilDb } from '../../db/dexie';
import { formatMinutes } from '../../lib/format';
import { useLiveQuery } from '../../lib/use-live-query';
import { userMessage } from '../../lib/user-message';
import { sharePreview, startSharing } from '../../sync/consent';
import { syncNow } from '../../sync/engine';
import { leaveTeam } from '../../sync/membership';
import type { SyncStatus } from '../../sync/status';
import { refreshTeamView } from '../../sync/team-view';

type Props = { db: ToilDb; status: SyncStatus };

/**
 * After joining, before anything is sent: what would be shared (each chore with its totals; never notes
 * or sites), a switch per chore (on by default), and the button that starts syncing. Chores switched off
 * become private: they and their entries stay in this browser.
 */
export function SharePreview({ db, status }: Props) {
  const rows = useLiveQuery(() => sharePreview(db), [db]);
  const [off, setOff] = useState<Set<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const toggle = (id: string, shared: boolean) => {
    const next = new Set(off);
    if (shared) next.delete(id);
    else next.add(id);
    setOff(next);
  };
  const act = (task: () => Promise<unknown>) => async () => {
    setBusy(true);
    setError(undefined);
    try {
      await task();
    } catch (failure) {
      setError(userMessage(failure));
    } finally {
      setBusy(false);
    }
  };
  const share = act(async () => {
    await startSharing(db, [...off]);
    const outcome = await syncNow({ db });
    if (outcome.status === 'synced') await refreshTeamView(db).catch(() => undefined);
  });
  const people = status.minPeople ?? 1;

  return (
    <div class="share-preview">
      <p>
        You joined <strong class="team-name">{status.teamName}</strong>. Nothing has been sent yet. Choose
        what to share with the team:
      </p>
      {rows && rows.length === 0 ? <p class="muted">You have no chores to share yet.</p> : null}
      {rows && rows.length > 0 ? (
        <table>
          <caption class="visually-hidden">Chores to share with {status.teamName}</caption>
          <thead>
            <tr>
              <th scope="col">Share</th>
              <th scope="col">Chore</th>
              <th scope="col" class="num">
                Times
              </th>
              <th scope="col" class="num">
                Time in all
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} class="share-row">
                <td>
                  <input
                    type="checkbox"
                    id={`share-${r.id}`}
                    checked={!off.has(r.id)}
                    onChange={(e) => toggle(r.id, e.currentTarget.checked)}
                  />
                </td>
                <td>
                  <label for={`share-${r.id}`} class="name">
                    {r.name}
                  </label>
                  {r.archived ? <span class="muted small"> (archived)</span> : null}
                </td>
                <td class="num times">{r.times}</td>
                <td class="num minutes">{formatMinutes(r.minutes)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <p class="muted small">
        The team server gets each shared chore’s name, settings and entries (when and how long). Notes, sites
        and private chores stay in this browser.{' '}
        {people > 1
          ? `The team’s board shows a chore only once at least ${people} people log it.`
          : 'The team’s board shows every chore, even one only you log.'}{' '}
        Switched off, a chore becomes private; you can share it later in “Shared with the team”.
      </p>
      <div class="row">
        <button type="button" class="primary" disabled={busy || rows === undefined} onClick={share}>
          Share and start syncing
        </button>
        <button type="button" disabled={busy} onClick={act(() => leaveTeam(db, 'leave'))}>
          Leave the team
        </button>
      </div>
      {error ? (
        <p class="error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
