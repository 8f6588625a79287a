import { useState } from 'preact/hooks';
import type { Chore } from '../../../shared/model';
import type { ToilDb } from '../../db/dexie';
import { userMessage } from '../../lib/user-message';
import { setChoreShared } from '../../sync/sharing';

type Props = { db: ToilDb; chores: Chore[]; privateOnServer?: string[] };

/**
 * Per chore: shared with the team (the default) or private (it and its entries never leave the device).
 * A chore the team server keeps as private stays private: the server refuses its id from then on.
 */
export function TeamChoreSharing({ db, chores, privateOnServer = [] }: Props) {
  const [error, setError] = useState<string | undefined>();
  const sealed = new Set(privateOnServer);
  const toggle = async (chore: Chore, shared: boolean) => {
    setError(undefined);
    try {
      await setChoreShared(db, chore.id, shared);
    } catch (failure) {
      setError(userMessage(failure));
    }
  };
  return (
    <fieldset class="chore-sharing">
      <legend>Shared with the team</legend>
      {chores.length === 0 ? <p class="muted">No chores yet.</p> : null}
      <ul>
        {chores.map((c) => (
          <li key={c.id}>
            <label class="check">
              <input
                type="checkbox"
                checked={!c.private}
                disabled={sealed.has(c.id)}
                onChange={(e) => void toggle(c, e.currentTarget.checked)}
              />{' '}
              <span class="name">{c.name}</span>
            </label>
            {sealed.has(c.id) ? (
              <span class="muted small">
                {' '}
                Private on the team server; to share this work again, create a new chore.
              </span>
            ) : null}
          </li>
        ))}
      </ul>
      <p class="muted small">
        Private chores and every note stay in this browser. Making a shared chore private deletes it and its
        entries from the team server.
      </p>
      {error ? (
        <p class="error" role="alert">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
