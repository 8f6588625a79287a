import { parseRepository } from '../../../shared/forge';
import { InputError } from '../core/errors';
import { changeChore } from './chores';
import type { ToilDb } from './schema';
import { getSettings } from './settings';

/**
 * Sets (normalised to the project's root) or removes a chore's repository, where "Open issue" files the
 * request to automate it: on github.com, gitlab.com or a self-hosted forge the user added in the
 * settings, over https. It stays on this device, like the site pattern: sync never sends it.
 */
export async function setChoreRepository(db: ToilDb, id: string, text: string, now = Date.now()) {
  // An empty text removes the repository.
  const trimmed = typeof text === 'string' ? text.trim() : '';
  let repository: string | undefined;
  if (trimmed !== '') {
    const parsed = parseRepository(trimmed, (await getSettings(db)).forgeHosts);
    if ('problem' in parsed) throw new InputError([parsed.problem]);
    repository = parsed.url;
  }
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
