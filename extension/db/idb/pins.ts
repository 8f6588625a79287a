import type { Chore } from '../../../shared/model';
import { pinsFromStored, withPin } from '../core/pins';
import { type KvRow, PINS_KEY } from '../core/rows';
import { request } from './requests';
import { gone, write } from './write';

/**
 * Pins a chore to the top of the popup's buttons, or unpins it, on this device only: the pins are a kv
 * row (core/rows.ts's PINS_KEY), so pinning writes no outbox row and changes nothing synced. Pins of
 * chores that no longer exist are dropped on the way. Returns the pins, first pinned first.
 */
export function setPinned(db: IDBDatabase, choreId: string, pinned: boolean): Promise<string[]> {
  return write(db, ['kv', 'chores'], async (tx) => {
    const [row, chores] = await Promise.all([
      request<KvRow | undefined>(tx.objectStore('kv').get(PINS_KEY)),
      request<Chore[]>(tx.objectStore('chores').getAll()),
    ]);
    const live = new Set(chores.filter((c) => !c.deleted).map((c) => c.id));
    if (pinned && !live.has(choreId)) throw gone();
    const pins = withPin(pinsFromStored(row?.value), choreId, pinned).filter((id) => live.has(id));
    tx.objectStore('kv').put({ key: PINS_KEY, value: pins } satisfies KvRow);
    return pins;
  });
}
