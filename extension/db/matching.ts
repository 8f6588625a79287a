import { type Chore, choreKey } from '../../shared/model';
import type { ToilDb } from './schema';

/**
 * Live chores matching what the user is typing, by normalised key: an exact match first, then key
 * prefixes, then keys containing the text. Offered so the same chore is not created twice.
 */
export async function matchingChores(db: ToilDb, text: string, limit = 5): Promise<Chore[]> {
  const needle = choreKey(text);
  if (!needle) return [];
  const chores = await db.chores.filter((c) => !c.deleted && c.key.includes(needle)).toArray();
  const rank = (c: Chore) => (c.key === needle ? 0 : c.key.startsWith(needle) ? 1 : 2);
  return chores
    .sort(
      (a, b) => rank(a) - rank(b) || Number(a.archived) - Number(b.archived) || a.key.localeCompare(b.key),
    )
    .slice(0, limit);
}
