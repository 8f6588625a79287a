import { formatCountOf } from '../../../shared/count-words';
import type { ToilDb } from '../../db/dexie/schema';
import { applyHeldDeletes, keepHeldDeletes } from '../../sync/held-deletes';
import type { HeldCounts } from '../../sync/state';
import { ActError } from './admin/ActError';
import { useAct } from './admin/use-act';

type Props = { db: ToilDb; held: HeldCounts };

/** "3 chores and 120 entries", or one of them alone. */
export function heldWords({ chores, entries }: HeldCounts): string {
  const parts = [
    chores > 0 ? formatCountOf(chores, 'chore', 'chores') : '',
    entries > 0 ? formatCountOf(entries, 'entry', 'entries') : '',
  ];
  return parts.filter(Boolean).join(' and ');
}

/**
 * Deletions from the member's other browsers, held back because they would delete more than a few of
 * this browser's records at once: nothing is deleted here until the member chooses.
 */
export function TeamHeldDeletes({ db, held }: Props) {
  const { busy, error, run } = useAct();
  const act = (task: (idb: IDBDatabase) => Promise<void>) => () =>
    void run(async () => {
      await db.open();
      await task(db.backendDB());
    });
  return (
    <div class="held-deletes" role="alert">
      <p>
        <strong>Another of your browsers deleted {heldWords(held)}.</strong> They are still here: nothing is
        deleted in this browser until you choose.
      </p>
      <p class="small">
        If you did not delete them, someone may hold one of your browsers’ tokens: keep yours, and revoke the
        browser you do not trust below. Keeping them shares them again as new chores and entries (the team
        server keeps its deletions), and your other browsers get them back at their next sync.
      </p>
      <div class="row">
        <button type="button" disabled={busy} onClick={act((idb) => keepHeldDeletes(idb))}>
          Keep them
        </button>
        <button type="button" class="danger" disabled={busy} onClick={act(applyHeldDeletes)}>
          Delete them here too
        </button>
      </div>
      <ActError error={error} />
    </div>
  );
}
