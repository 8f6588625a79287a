import type { Chore } from '../../shared/model';
import type { ToilDb } from './schema';

/** The live chore done most recently (for the "log it again" shortcut), or undefined. */
export async function lastLoggedChore(db: ToilDb): Promise<Chore | undefined> {
  return db.transaction('r', [db.choreStats, db.chores], async () => {
    // A few candidates cover the case where the latest ones were archived or merged away.
    const latest = await db.choreStats.orderBy('lastAt').reverse().limit(10).toArray();
    const chores = await db.chores.bulkGet(latest.map((s) => s.choreId));
    return chores.find((c): c is Chore => c !== undefined && !c.deleted && !c.archived);
  });
}
