import { useState } from 'preact/hooks';
import type { ToilDb } from '../../../db/dexie';
import { fieldMessages } from '../../../lib/user-message';
import type { NewInvite } from '../../../sync/admin-api';
import type { Fetch } from '../../../sync/http';
import { serverOrigin } from '../../../sync/join-link';
import { startTeam } from '../../../sync/start-team';
import { describedBy, Field } from '../../dashboard/Field';
import { requestServerAccess } from '../TeamJoinForm';
import { adminMessage } from './admin-message';

type Props = {
  db: ToilDb;
  /** Told the team's first invite (shown once), to show its join link. */
  onStarted: (server: string, invite: NewInvite) => void;
  requestAccess?: (origin: string) => Promise<boolean>;
  fetcher?: Fetch;
};

const FIELDS = ['server', 'setupSecret', 'name', 'adminName'] as const;
const SECRET_HINT = 'From whoever runs the server: SETUP_TOKEN, printed by npm run deploy.';

/** "Start a team": a lead creates the team on their server with its setup secret and becomes its admin. */
export function StartTeamForm({ db, onStarted, requestAccess = requestServerAccess, fetcher }: Props) {
  const [draft, setDraft] = useState({ server: '', setupSecret: '', teamName: '', adminName: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const set = (field: keyof typeof draft) => (e: { currentTarget: { value: string } }) => {
    const value = e.currentTarget.value;
    setDraft((d) => ({ ...d, [field]: value }));
  };

  const submit = async (e: Event) => {
    e.preventDefault();
    setErrors({});
    // Asked inside the click (the user's gesture), as joining does; creating does not wait for the answer.
    const origin = serverOrigin(draft.server);
    if (typeof origin === 'string') void requestAccess(origin);
    setBusy(true);
    try {
      const { state, invite } = await startTeam(db, draft, fetcher ? { fetcher } : {});
      onStarted(state.server, invite);
    } catch (failure) {
      const input = failure instanceof Error && failure.name === 'InputError';
      setErrors(input ? fieldMessages(failure, FIELDS) : { form: adminMessage(failure) });
    } finally {
      setBusy(false);
    }
  };

  const input = (id: string, field: keyof typeof draft, error: string | undefined, hint?: string) => ({
    id,
    value: draft[field],
    autoComplete: 'off',
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy(id, error, hint),
    onInput: set(field),
  });

  return (
    <form class="team-start" onSubmit={submit} noValidate aria-label="Start a team">
      <Field
        id="start-server"
        label="Team server address"
        error={errors.server}
        hint="e.g. https://toil.example.com"
      >
        <input
          type="url"
          {...input('start-server', 'server', errors.server, 'e.g. https://toil.example.com')}
        />
      </Field>
      <Field id="start-secret" label="Setup secret" error={errors.setupSecret} hint={SECRET_HINT}>
        <input type="password" {...input('start-secret', 'setupSecret', errors.setupSecret, SECRET_HINT)} />
      </Field>
      <Field id="start-team-name" label="Team name" error={errors.name}>
        <input maxLength={80} {...input('start-team-name', 'teamName', errors.name)} />
      </Field>
      <Field id="start-admin-name" label="Your name (optional)" error={errors.adminName}>
        <input maxLength={80} {...input('start-admin-name', 'adminName', errors.adminName)} />
      </Field>
      {errors.form ? (
        <p class="error" role="alert">
          {errors.form}
        </p>
      ) : null}
      <button type="submit" class="primary" disabled={busy}>
        Start the team
      </button>
    </form>
  );
}
