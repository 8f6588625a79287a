import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { ToilDb } from '../../db/dexie';
import { userMessage } from '../../lib/user-message';
import { syncNow } from '../../sync/engine';
import type { Fetch } from '../../sync/http';
import { parseJoinInput } from '../../sync/join-link';
import { joinTeam, pairDevice } from '../../sync/membership';
import { refreshTeamView } from '../../sync/team-view';
import { describedBy, Field } from '../dashboard/Field';

/** Asks for the server's origin at the click that joins, never at install (optional host permission). */
export function requestServerAccess(origin: string): Promise<boolean> {
  return browser.permissions.request({ origins: [`${origin}/*`] }).catch(() => false);
}

type Props = {
  db: ToilDb;
  rejoin?: boolean;
  requestAccess?: (origin: string) => Promise<boolean>;
  fetcher?: Fetch;
};

/**
 * "Join a team": the server address and an invite code (or one join link), and a display name; or a
 * pairing link from the member's other browser, which makes this one sync as the same member.
 */
export function TeamJoinForm({ db, rejoin = false, requestAccess = requestServerAccess, fetcher }: Props) {
  const [server, setServer] = useState('');
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<string | undefined>();

  const submit = async (e: Event) => {
    e.preventDefault();
    const target = parseJoinInput(server, code);
    if ('error' in target) return setError(target.error);
    setError(undefined);
    // Asked at this click (the user's gesture), never at install. Joining does not wait for the answer: the
    // server allows the extension to read its responses (CORS), so a prompt left open never blocks joining.
    void requestAccess(target.server).then((granted) =>
      setNote(
        granted
          ? undefined
          : `Access to ${target.server} was not granted; sync relies on the server allowing it.`,
      ),
    );
    setBusy(true);
    try {
      const via = fetcher ? { fetcher } : {};
      if ('pairingCode' in target) await pairDevice(db, target, { ...via, rejoin });
      else await joinTeam(db, target, name, { ...via, rejoin });
      const outcome = await syncNow({ db, ...(fetcher ? { fetch: fetcher } : {}) });
      if (outcome.status === 'synced') await refreshTeamView(db, fetcher).catch(() => undefined);
    } catch (failure) {
      setError(userMessage(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      class="team-join"
      onSubmit={submit}
      noValidate
      aria-label={rejoin ? 'Join the team again' : 'Join a team'}
    >
      <Field
        id="team-server"
        label="Server address or join link"
        hint="A join link, a pairing link from your other browser, or e.g. https://toil.example.com"
      >
        <input
          id="team-server"
          type="url"
          autoComplete="off"
          value={server}
          aria-describedby={describedBy('team-server', undefined, 'hint')}
          onInput={(e) => setServer(e.currentTarget.value)}
        />
      </Field>
      <Field id="team-code" label="Invite code" hint="Not needed when the join link holds it.">
        <input
          id="team-code"
          autoComplete="off"
          value={code}
          aria-describedby={describedBy('team-code', undefined, 'hint')}
          onInput={(e) => setCode(e.currentTarget.value)}
        />
      </Field>
      <Field id="team-display-name" label="Your name in the team (optional)">
        <input
          id="team-display-name"
          autoComplete="nickname"
          maxLength={80}
          value={name}
          onInput={(e) => setName(e.currentTarget.value)}
        />
      </Field>
      {note ? <p class="muted small">{note}</p> : null}
      {error ? (
        <p class="error" role="alert">
          {error}
        </p>
      ) : null}
      <button type="submit" class="primary" disabled={busy}>
        {rejoin ? 'Join again' : 'Join team'}
      </button>
    </form>
  );
}
