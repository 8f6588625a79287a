import { Dexie } from 'dexie';
import { updateChore } from '../db/dexie/chores';
import type { ToilDb } from '../db/dexie/schema';
import { writeTransaction } from '../db/dexie/write-transaction';

/**
 * Shares a chore with the team or keeps it private. Going from private to shared queues the chore's
 * whole history, which never left the device while it was private. Going private queues a "private"
 * change (updateChore), after which the team server deletes what it holds of the chore and refuses it;
 * such a chore cannot be shared again (updateChore says to create a new one).
 */
export async function setChoreShared(db: ToilDb, choreId: string, shared: boolean, now = Date.now()) {
  await writeTransaction(db, async () => {
    const before = await db.chores.get(choreId);
    await updateChore(db, choreId, { private: !shared }, now);
    if (!shared || !before?.private) return;
    const ids = await db.occurrences
      .where('[choreId+at]')
      .between([choreId, Dexie.minKey], [choreId, Dexie.maxKey])
      .primaryKeys();
    await db.outbox.bulkAdd(
      ids.map((id) => ({ table: 'occurrences' as const, id, op: 'put' as const, at: now })),
    );
  });
}
