import type { Chore } from '../../../shared/model';
import { choreKey } from '../../../shared/text';

/**
 * Chores matching what the user is typing, by normalised key: an exact match first, then key prefixes,
 * then keys containing the text (live before archived). Offered so the same chore is not created twice.
 */
export function rankMatches(chores: readonly Chore[], text: string, limit = 5): Chore[] {
  const needle = choreKey(text);
  if (!needle) return [];
  const rank = (c: Chore) => (c.key === needle ? 0 : c.key.startsWith(needle) ? 1 : 2);
  return chores
    .filter((c) => !c.deleted && c.key.includes(needle))
    .sort(
      (a, b) => rank(a) - rank(b) || Number(a.archived) - Number(b.archived) || a.key.localeCompare(b.key),
    )
    .slice(0, limit);
}
