import { manualChore, type NewChore } from './chore-record';
import { type Chore, ChoreSchema, choreKey, type Occurrence } from './model';

/** Verbs on chores that every client needs the same way: create, find by name, merge two into one. */

export { DEFAULT_ANNOYANCE, DEFAULT_MINUTES, type NewChore } from './chore-record';

/** A new manual chore, validated: throws a ZodError (see describeIssues) when a field is invalid. */
export function newChore(fields: NewChore, ids: { id: string; now: number }): Chore {
  return ChoreSchema.parse(manualChore(fields, ids));
}

/** The live chore a typed name means: "Restart  flaky job" finds "restart flaky job". */
export function findChoreByName(chores: readonly Chore[], name: string): Chore | undefined {
  const key = choreKey(name);
  return chores.find((c) => !c.deleted && c.key === key);
}

export type Merge = { chores: Chore[]; occurrences: Occurrence[] };

/**
 * Merges `from` into `into`: every occurrence of `from` moves to `into`, and `from` becomes a tombstone.
 * `into` keeps its name and settings, and is tracked since the earlier of the two creation dates so its
 * averages cover the history it gained. Returns only the records that changed, stamped `now` for sync.
 */
export function mergeChores(
  into: Chore,
  from: Chore,
  occurrences: readonly Occurrence[],
  now: number,
): Merge {
  if (into.id === from.id) return { chores: [], occurrences: [] };
  const chores: Chore[] = [{ ...from, deleted: true, updatedAt: now }];
  if (from.createdAt < into.createdAt) chores.unshift({ ...into, createdAt: from.createdAt, updatedAt: now });
  const moved = occurrences
    .filter((o) => o.choreId === from.id)
    .map((o) => ({ ...o, choreId: into.id, updatedAt: now }));
  return { chores, occurrences: moved };
}

/** Applies changed records (a Merge, an import) over a list, matching by id; new ids are appended. */
export function upsert<T extends { id: string }>(records: readonly T[], changes: readonly T[]): T[] {
  const byId = new Map(changes.map((c) => [c.id, c]));
  const result = records.map((r) => byId.get(r.id) ?? r);
  const known = new Set(records.map((r) => r.id));
  for (const c of byId.values()) if (!known.has(c.id)) result.push(c);
  return result;
}
