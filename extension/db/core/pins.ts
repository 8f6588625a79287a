/** The pinned chores' stored shape (rows.ts's PINS_KEY), free of zod: the popup reads and writes it. */

/** Chore ids, first pinned first; anything else stored there reads as no pins. */
export function pinsFromStored(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return [...new Set(value.filter((id): id is string => typeof id === 'string'))];
}

/** The pins after pinning (at the end: the newest pin goes under the others) or unpinning a chore. */
export function withPin(pins: readonly string[], choreId: string, pinned: boolean): string[] {
  const others = pins.filter((id) => id !== choreId);
  return pinned ? [...others, choreId] : others;
}
