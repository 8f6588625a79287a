import { useEffect, useState } from 'preact/hooks';
import { ViewLinkRequestSchema } from '../../../../shared/api/leaderboard';
import { formatDateTime } from '../../../lib/format';
import {
  type Admin,
  listViewLinks,
  type Member,
  makeViewLink,
  revokeViewLink,
  type ViewLinkInfo,
} from '../../../sync/admin-api';
import { describedBy, Field } from '../../dashboard/Field';
import { ActError } from './ActError';
import { ActionsTableHead } from './ActionsTableHead';
import { CopyField } from './CopyField';
import { memberName } from './MembersPanel';
import { useAct } from './use-act';

type Props = { admin: Admin; members: Member[]; timeZone: string };

const LABEL_HINT = 'For whoever will look, e.g. “Wall screen”.';

/**
 * The team dashboard's read-only links: each member's own (their Team view asks for it) and the labelled
 * ones an admin made for a wall screen. Revoking one closes that URL at the next request.
 */
export function ViewLinksPanel({ admin, members, timeZone }: Props) {
  const { busy, error, setError, run } = useAct();
  const [links, setLinks] = useState<ViewLinkInfo[]>();
  const [label, setLabel] = useState('');
  const [made, setMade] = useState<string>();
  const reload = async () => setLinks(await listViewLinks(admin));
  useEffect(() => {
    void run(reload);
  }, [admin]);
  const whose = (link: ViewLinkInfo) => {
    if (!link.memberId) return 'Made by an admin';
    const member = members.find((m) => m.id === link.memberId);
    return member ? memberName(member) : 'A former member';
  };
  const make = (e: Event) => {
    e.preventDefault();
    const checked = ViewLinkRequestSchema.safeParse(label.trim() ? { label } : {});
    if (!checked.success)
      return setError(checked.error.issues[0]?.message.replace(/^./, (c) => c.toUpperCase()));
    void run(async () => {
      setMade((await makeViewLink(admin, label)).url);
      setLabel('');
      await reload();
    });
  };

  return (
    <section class="admin-links" aria-labelledby="admin-links-heading">
      <h4 id="admin-links-heading">Dashboard links</h4>
      <p class="muted small">
        Read-only links to the team dashboard page. Each browser a member syncs from has its own in its Team
        view, which its next look replaces after a revoke; removing a member takes away their access for good.
      </p>
      {links && links.length > 0 ? (
        <table class="view-links">
          <caption class="visually-hidden">Dashboard links</caption>
          <ActionsTableHead columns={['Label', 'Member', 'Made']} />
          <tbody>
            {links.map((link) => (
              <tr key={link.id} class="link-row">
                <td class="name">{link.label ?? '—'}</td>
                <td class="member">{whose(link)}</td>
                <td>{formatDateTime(link.createdAt, timeZone)}</td>
                <td class="actions">
                  <button
                    type="button"
                    disabled={busy}
                    onClick={() =>
                      void run(async () => {
                        await revokeViewLink(admin, link.id);
                        await reload();
                      })
                    }
                  >
                    Revoke<span class="visually-hidden"> the link {link.label ?? `of ${whose(link)}`}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {links && links.length === 0 ? <p class="muted">No dashboard links yet.</p> : null}
      <form class="row" onSubmit={make} noValidate aria-label="Make a dashboard link">
        <Field id="view-link-label" label="Label for a new link" hint={LABEL_HINT}>
          <input
            id="view-link-label"
            maxLength={80}
            value={label}
            aria-describedby={describedBy('view-link-label', undefined, LABEL_HINT)}
            onInput={(e) => setLabel(e.currentTarget.value)}
          />
        </Field>
        <button type="submit" disabled={busy}>
          Make a dashboard link
        </button>
      </form>
      {made ? (
        <div class="card new-view-link">
          <p>The new dashboard link, shown only now: copy it to the wall screen.</p>
          <CopyField id="view-link-new" label="Dashboard link" value={made} />
        </div>
      ) : null}
      <ActError error={error} />
    </section>
  );
}
