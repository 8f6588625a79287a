import { useState } from 'preact/hooks';
import type { Chore } from '../../../shared/model';
import type { ToilDb } from '../../db/dexie';
import { setChoreShared } from '../../sync/sharing';

type Props = { db: ToilDb; chores: Chore[] };

/** Per chore: shared with the team (the default) or private (it and its entries never leave the device). */
export function TeamChoreSharing({ db, chores }: Props) {
  const [error, setError] = useState<string | undefined>();
  const toggle = async (chore: Chore, shared: boolean) => {
    setError(undefined);
    try {
      await setChoreShared(db, chore.id, shared);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
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
                onChange={(e) => void toggle(c, e.currentTarget.checked)}
              />{' '}
              <span class="name">{c.name}</span>
            </label>
          </li>
        ))}
      </ul>
      <p class="muted small">
        Private chores and every note stay in this browser. Entries already shared stay on the server until
        you delete your data there.
      </p>
      {error ? (
        <p class="error" role="alert">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
