import type { Chore } from '../../../shared/model';
import type { ToilDb } from './schema';

/**
 * Every chore the user still has (archived ones included, tombstones not), by name: the dashboard's
 * chore list and the history filter. Added by the UI for the full page; chores are few, so a scan is fine.
 */
export async function listChores(db: ToilDb): Promise<Chore[]> {
  const chores = await db.chores.filter((c) => !c.deleted).toArray();
  return chores.sort((a, b) => Number(a.archived) - Number(b.archived) || a.key.localeCompare(b.key));
}

/** A chore's live occurrences since `from` (for its measured savings), read through [choreId+at]. */
export async function choreOccurrencesSince(db: ToilDb, choreId: string, from: number) {
  const rows = await db.occurrences
    .where('[choreId+at]')
    .between([choreId, from], [choreId, Number.MAX_SAFE_INTEGER])
    .toArray();
  return rows.filter((o) => !o.deleted);
}
