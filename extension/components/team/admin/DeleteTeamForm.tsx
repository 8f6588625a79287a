import { useState } from 'preact/hooks';
import type { ToilDb } from '../../../db/dexie';
import { type Admin, deleteTeam } from '../../../sync/admin-api';
import { forgetTeam } from '../../../sync/membership';
import { describedBy, Field } from '../../dashboard/Field';
import { ActError } from './ActError';
import { useAct } from './use-act';

type Props = { db: ToilDb; admin: Admin; teamName: string; onDeleted: (teamName: string) => void };

/** Deletes the team on its server, after the admin typed its name; this browser keeps every entry. */
export function DeleteTeamForm({ db, admin, teamName, onDeleted }: Props) {
  const { busy, error, setError, run } = useAct();
  const [typed, setTyped] = useState('');
  const submit = (e: Event) => {
    e.preventDefault();
    if (typed !== teamName)
      return setError(`Type the team’s name exactly (${teamName}); nothing was deleted.`);
    void run(async () => {
      await deleteTeam(admin, typed);
      await forgetTeam(db);
      onDeleted(teamName);
    });
  };
  return (
    <section class="admin-delete" aria-labelledby="admin-delete-heading">
      <h4 id="admin-delete-heading">Delete the team</h4>
      <p class="small">
        Deletes {teamName} and everything its server holds of it: every member’s chores and entries, the
        team’s totals, its join and dashboard links. Everyone keeps what is in their own browser, and is told
        the team was deleted.
      </p>
      <form class="row" onSubmit={submit} noValidate aria-label="Delete the team">
        <Field id="delete-team-name" label="Type the team’s name to confirm">
          <input
            id="delete-team-name"
            autoComplete="off"
            value={typed}
            aria-describedby={describedBy('delete-team-name')}
            onInput={(e) => setTyped(e.currentTarget.value)}
          />
        </Field>
        <button type="submit" class="danger" disabled={busy}>
          Delete the team
        </button>
      </form>
      <ActError error={error} />
    </section>
  );
}
