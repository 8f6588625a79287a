import { type Chore, StoredChoreSchema } from '../../../shared/model';
import { InputError } from '../core/errors';
import { parseInput } from './errors';
import { enqueue } from './outbox';
import type { ToilDb } from './schema';

/** A live chore, read inside a transaction; a missing or deleted one is the user's stale view. */
export async function liveChore(db: ToilDb, id: unknown): Promise<Chore> {
  const chore = typeof id === 'string' ? await db.chores.get(id) : undefined;
  if (!chore || chore.deleted) throw new InputError(['That chore no longer exists.']);
  return chore;
}

/** Another live chore already holding this key, which a rename must not duplicate. */
export async function keyHolder(db: ToilDb, key: string, exceptId?: string): Promise<Chore | undefined> {
  return db.chores
    .where('key')
    .equals(key)
    .filter((c) => !c.deleted && c.id !== exceptId)
    .first();
}

/**
 * Validates the whole record through the shared schema (which recomputes the key) and stores it. A name
 * stored before the invisible-character rule may stay: the verbs that give a name check it (ChoreNameSchema).
 */
export async function storeChore(db: ToilDb, candidate: unknown, now: number): Promise<Chore> {
  const chore = parseInput(StoredChoreSchema, candidate);
  await Promise.all([
    db.chores.put(chore),
    enqueue(db, 'chores', chore.id, chore.deleted ? 'delete' : 'put', now),
  ]);
  return chore;
}
