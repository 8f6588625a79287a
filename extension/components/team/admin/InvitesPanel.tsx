import { useEffect, useState } from 'preact/hooks';
import { MAX_INVITES_PER_REQUEST } from '../../../../shared/api/invites';
import { formatDateTime } from '../../../lib/format';
import {
  type Admin,
  invitesOff,
  listInvites,
  makeInvites,
  type NewInvite,
  type OpenInvite,
  replaceInvites,
  revokeInvite,
} from '../../../sync/admin-api';
import { describedBy, Field } from '../../dashboard/Field';
import { ActError } from './ActError';
import { ActionsTableHead } from './ActionsTableHead';
import { FreshJoinLinks } from './FreshJoinLinks';
import { useAct } from './use-act';

type Props = { admin: Admin; timeZone: string; fresh?: NewInvite[] };

/**
 * Join links: each admits one person, so a lead makes one per colleague (several at once), sees the open
 * ones (never their codes again), revokes one, replaces them all with one new link, or turns invites off.
 */
export function InvitesPanel({ admin, timeZone, fresh: first = [] }: Props) {
  const { busy, error, setError, run } = useAct();
  const [open, setOpen] = useState<OpenInvite[]>();
  const [fresh, setFresh] = useState<NewInvite[]>(first);
  const [count, setCount] = useState('3');
  const [note, setNote] = useState('');
  const reload = async () => setOpen(await listInvites(admin));
  useEffect(() => {
    void run(reload);
  }, [admin]);
  const act = (task: () => Promise<NewInvite[] | string>) => () =>
    void run(async () => {
      const made = await task();
      setFresh(typeof made === 'string' ? [] : made);
      setNote(typeof made === 'string' ? made : '');
      await reload();
    });
  const many = (e: Event) => {
    e.preventDefault();
    const n = Number(count);
    if (!Number.isInteger(n) || n < 1 || n > MAX_INVITES_PER_REQUEST) {
      return setError(`Make from 1 to ${MAX_INVITES_PER_REQUEST} links at once.`);
    }
    act(() => makeInvites(admin, n))();
  };

  return (
    <section class="admin-invites" aria-labelledby="admin-invites-heading">
      <h4 id="admin-invites-heading">Join links</h4>
      <p class="muted small">Each join link lets one person join, once: give everyone a link of their own.</p>
      <FreshJoinLinks server={admin.server} invites={fresh} timeZone={timeZone} />
      <div class="row">
        <button type="button" disabled={busy} onClick={act(() => makeInvites(admin, 1))}>
          Make another join link
        </button>
        <form class="row" onSubmit={many} noValidate aria-label="Make several join links">
          <Field id="invite-count" label="Links for several people">
            <input
              id="invite-count"
              inputMode="numeric"
              size={3}
              value={count}
              aria-describedby={describedBy('invite-count')}
              onInput={(e) => setCount(e.currentTarget.value)}
            />
          </Field>
          <button type="submit" disabled={busy}>
            Make {count.trim() || 'these'} links
          </button>
        </form>
      </div>
      {open && open.length === 0 ? (
        <p class="open-none">No open join links: nobody can join until you make one.</p>
      ) : null}
      {open && open.length > 0 ? (
        <table class="open-invites">
          <caption>Open join links ({open.length}), not used yet</caption>
          <ActionsTableHead columns={['Made', 'Works until']} />
          <tbody>
            {open.map((invite) => (
              <tr key={invite.id} class="invite-row">
                <td>{formatDateTime(invite.createdAt, timeZone)}</td>
                <td>{formatDateTime(invite.expiresAt, timeZone)}</td>
                <td class="actions">
                  <button
                    type="button"
                    disabled={busy}
                    onClick={act(async () => {
                      await revokeInvite(admin, invite.id);
                      return 'That link no longer works.';
                    })}
                  >
                    Revoke
                    <span class="visually-hidden">
                      {' '}
                      the link made {formatDateTime(invite.createdAt, timeZone)}
                    </span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <div class="row">
        <button type="button" disabled={busy} onClick={act(async () => [await replaceInvites(admin)])}>
          New join link; old ones stop working
        </button>
        <button
          type="button"
          disabled={busy}
          onClick={act(
            async () =>
              `Invites are off: ${(await invitesOff(admin)).revoked} link(s) stopped working. Nobody can join until you make a new link.`,
          )}
        >
          Turn invites off
        </button>
      </div>
      <p class="ok small" aria-live="polite">
        {note}
      </p>
      <ActError error={error} />
    </section>
  );
}
