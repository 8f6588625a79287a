import { useState } from 'preact/hooks';
import type { ToilDb } from '../../db/dexie';
import { leaveTeam } from '../../sync/membership';

type Props = {
  db: ToilDb;
  /** The member is gone already (removed, left, team deleted): leaving only forgets the team here. */
  gone: boolean;
  /** Runs an action, showing its failure. */
  act: (task: () => Promise<unknown>) => () => Promise<void>;
};

/** Leave the team (or forget it, once gone), or delete everything the server holds of the member. */
export function TeamExitButtons({ db, gone, act }: Props) {
  const [confirmErase, setConfirmErase] = useState(false);
  return (
    <>
      <button type="button" onClick={act(() => leaveTeam(db, 'leave'))}>
        {gone ? 'Forget this team' : 'Leave team'}
      </button>
      {confirmErase ? (
        <>
          <button type="button" class="danger" onClick={act(() => leaveTeam(db, 'erase'))}>
            Yes, delete my data from the server
          </button>
          <button type="button" onClick={() => setConfirmErase(false)}>
            Cancel
          </button>
        </>
      ) : (
        <button type="button" onClick={() => setConfirmErase(true)}>
          Delete my data from the server
        </button>
      )}
    </>
  );
}
