import type { StoredPick } from '../core/pick';
import { PICK_KEY } from '../core/rows';
import type { ToilDb } from './schema';

/** Remembers the chore shown as "automate this first" on the full page (core/pick.ts). */
export async function savePick(db: ToilDb, choreId: string, now = Date.now()): Promise<void> {
  const value: StoredPick = { choreId, at: now };
  await db.kv.put({ key: PICK_KEY, value });
}
