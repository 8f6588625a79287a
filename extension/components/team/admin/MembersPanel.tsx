import { useState } from 'preact/hooks';
import { formatDate } from '../../../lib/format';
import { type Admin, type Member, removeMember, setRole } from '../../../sync/admin-api';
import { ActError } from './ActError';
import { ActionsTableHead } from './ActionsTableHead';
import { useAct } from './use-act';

type Props = {
  admin: Admin;
  members: Member[];
  teamName: string;
  timeZone: string;
  reload: () => Promise<void>;
};
type Removal = { member: Member; erase: boolean };

export const memberName = (m: Pick<Member, 'displayName'>) => m.displayName ?? 'Unnamed member';

/**
 * What removing does, said before it is done. The join date tells apart two members whose names look
 * alike.
 */
function consequence({ member, erase }: Removal, teamName: string, timeZone: string): string {
  const name = memberName(member);
  const who = `${name} (joined ${formatDate(member.joinedAt, timeZone)})`;
  const keeps = `${name} keeps everything in ${name}’s own browser.`;
  return erase
    ? `Remove ${who} from ${teamName} and erase everything the server holds of ${name}’s: their chores, their entries and their part of the team’s totals. ${keeps}`
    : `Remove ${who} from ${teamName}? ${name}’s browsers stop syncing at once; what ${name} logged stays in the team’s totals, under no name. ${keeps}`;
}

/** The team's members: name, role, joined; make admin or member, remove, remove and erase. */
export function MembersPanel({ admin, members, teamName, timeZone, reload }: Props) {
  const { busy, error, run } = useAct();
  const [removal, setRemoval] = useState<Removal>();
  const act = (task: () => Promise<unknown>) => () =>
    void run(async () => {
      await task();
      setRemoval(undefined);
      await reload();
    });

  return (
    <section class="admin-members" aria-labelledby="admin-members-heading">
      <h4 id="admin-members-heading">Members ({members.length})</h4>
      <table>
        <caption class="visually-hidden">Members of {teamName}</caption>
        <ActionsTableHead columns={['Name', 'Role', 'Joined']} />
        <tbody>
          {members.map((m) => {
            const name = memberName(m);
            const you = m.id === admin.memberId;
            const next = m.role === 'admin' ? 'member' : 'admin';
            return (
              <tr key={m.id} class="member-row">
                <td class="name">
                  {name}
                  {you ? <span class="muted small"> (you)</span> : null}
                </td>
                <td class="role">{m.role === 'admin' ? 'Admin' : 'Member'}</td>
                <td>{formatDate(m.joinedAt, timeZone)}</td>
                <td class="actions">
                  <button type="button" disabled={busy} onClick={act(() => setRole(admin, m.id, next))}>
                    {/* Heard as "Make Bob admin": the visible words are part of the name (WCAG 2.5.3). */}
                    Make<span class="visually-hidden"> {name}</span>
                    {next === 'admin' ? (
                      ' admin'
                    ) : (
                      <>
                        <span class="visually-hidden"> a</span> member
                      </>
                    )}
                  </button>
                  {you ? null : (
                    <>
                      <button
                        type="button"
                        disabled={busy}
                        onClick={() => setRemoval({ member: m, erase: false })}
                      >
                        Remove<span class="visually-hidden"> {name}</span>
                      </button>
                      <button
                        type="button"
                        disabled={busy}
                        onClick={() => setRemoval({ member: m, erase: true })}
                      >
                        Remove and erase<span class="visually-hidden"> {name}</span>
                      </button>
                    </>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {removal ? (
        <div class="confirm">
          <p class="consequence">{consequence(removal, teamName, timeZone)}</p>
          <div class="row">
            <button
              type="button"
              class="danger"
              disabled={busy}
              onClick={act(() => removeMember(admin, removal.member.id, removal.erase))}
            >
              {removal.erase ? 'Yes, remove and erase' : 'Yes, remove'} {memberName(removal.member)}
            </button>
            <button type="button" onClick={() => setRemoval(undefined)}>
              Cancel
            </button>
          </div>
        </div>
      ) : null}
      <ActError error={error} />
    </section>
  );
}
