/**
 * The stored "automate this first" pick (kv PICK_KEY): read by the popup's and the full page's snapshot,
 * written by idb/pick.ts (the popup) and dexie/pick.ts (the full page) when the shown pick changes.
 */
export type StoredPick = { choreId: string; at: number };

/** The stored pick's chore id, or null for nothing stored (or something that is not a pick). */
export function pickFromStored(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return null;
  const choreId = (value as Record<string, unknown>).choreId;
  return typeof choreId === 'string' ? choreId : null;
}
