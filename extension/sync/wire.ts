import type { Change } from '../../shared/api/sync';
import type { Chore, Occurrence } from '../../shared/model';

/**
 * A chore as the server may see it: no site pattern, no repository, no privacy flag, no key (the server
 * derives it).
 */
export function wireChore(chore: Chore): Change {
  const { key: _key, sitePattern: _site, repository: _repo, private: _private, ...wire } = chore;
  return { type: 'chore', chore: wire };
}

/** An occurrence as the server may see it: its note stays on the device. */
export function wireOccurrence(occ: Occurrence): Change {
  const { note: _note, ...wire } = occ;
  return { type: 'occurrence', occurrence: wire };
}
