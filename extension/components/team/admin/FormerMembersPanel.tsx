import { useState } from 'preact/hooks';
import { formatDate } from '../../../lib/format';
import { type Admin, type FormerMember, removeMember } from '../../../sync/admin-api';
import { ActError } from './ActError';
import { ActionsTableHead } from './ActionsTableHead';
import { useAct } from './use-act';

type Props = { admin: Admin; former: FormerMember[]; timeZone: string; reload: () => Promise<void> };

/** When a former member left, as far as the server still knows (it forgets their token after 90 days). */
const leftOn = (f: FormerMember, timeZone: string) =>
  f.leftAt === null ? 'over 90 days ago' : formatDate(f.leftAt, timeZone);

/**
 * Members who left or were removed while the team still holds their entries: the server keeps no name
 * of theirs, only when they went. An admin can erase what is left of them, after saying what that does.
 */
export function FormerMembersPanel({ admin, former, timeZone, reload }: Props) {
  const { busy, error, run } = useAct();
  const [erasing, setErasing] = useState<FormerMember>();
  if (former.length === 0) return null;
  const erase = (f: FormerMember) =>
    void run(async () => {
      await removeMember(admin, f.id, true);
      setErasing(undefined);
      await reload();
    });

  return (
    <section class="admin-former" aria-labelledby="admin-former-heading">
      <h4 id="admin-former-heading">Former members with entries on the server ({former.length})</h4>
      <table>
        <caption class="visually-hidden">Former members whose entries the team still holds</caption>
        <ActionsTableHead columns={['Who', 'Left']} />
        <tbody>
          {former.map((f) => (
            <tr key={f.id} class="former-row">
              <td class="name">A former member</td>
              <td>{leftOn(f, timeZone)}</td>
              <td class="actions">
                <button type="button" disabled={busy} onClick={() => setErasing(f)}>
                  Erase their data
                  <span class="visually-hidden"> (the member who left {leftOn(f, timeZone)})</span>
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {erasing ? (
        <div class="confirm">
          <p class="consequence">
            Erase everything the server holds of the member who left {leftOn(erasing, timeZone)}: their
            chores, their entries and their part of the team’s totals. Nothing changes in their own browser.
          </p>
          <div class="row">
            <button type="button" class="danger" disabled={busy} onClick={() => erase(erasing)}>
              Yes, erase
            </button>
            <button type="button" onClick={() => setErasing(undefined)}>
              Cancel
            </button>
          </div>
        </div>
      ) : null}
      <ActError error={error} />
    </section>
  );
}
