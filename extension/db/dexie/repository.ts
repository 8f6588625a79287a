import { RepositoryUrlSchema } from '../../../shared/model';
import { changeChore } from './chores';
import { parseInput } from './errors';
import type { ToilDb } from './schema';

/**
 * Sets (normalised to the project's root) or removes a chore's repository, where "Open issue" files the
 * request to automate it. It stays on this device, like the site pattern: sync never sends it.
 */
export async function setChoreRepository(db: ToilDb, id: string, text: string, now = Date.now()) {
  // An empty text removes the repository.
  const trimmed = typeof text === 'string' ? text.trim() : text;
  const repository = trimmed === '' ? undefined : parseInput(RepositoryUrlSchema, trimmed);
  return changeChore(
    db,
    id,
    (chore) => {
      const { repository: _old, ...rest } = chore;
      return repository ? { ...rest, repository } : rest;
    },
    now,
  );
}
