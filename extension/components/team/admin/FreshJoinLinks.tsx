import { formatDateTime } from '../../../lib/format';
import type { NewInvite } from '../../../sync/admin-api';
import { joinLink } from '../../../sync/join-link';
import { CopyField } from './CopyField';

type Props = { server: string; invites: NewInvite[]; timeZone: string };

/** Join links just made, each shown this once (the server keeps only a hash): one per person. */
export function FreshJoinLinks({ server, invites, timeZone }: Props) {
  if (invites.length === 0) return null;
  return (
    <div class="fresh-links card">
      <p>
        {invites.length === 1 ? 'Share this join link' : `Share these ${invites.length} join links`}: each
        link lets one person join. They are shown only now; copy them before leaving this page.
      </p>
      <ul class="plain">
        {invites.map((invite, i) => (
          <li key={invite.id}>
            <CopyField
              id={`join-link-${invite.id}`}
              label={invites.length === 1 ? 'Join link' : `Join link ${i + 1}`}
              value={joinLink(server, invite.inviteCode)}
            />
            <p class="muted small expires">
              Works until {formatDateTime(invite.expiresAt, timeZone)}, for one person.
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
