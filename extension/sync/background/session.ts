import { DB_NAME, NEWEST_STORE } from '../../db/core/rows';
import { withDatabase } from '../../db/idb/open';
import { guardChecks } from '../guards';
import type { Fetch } from '../http';
import { type Lock, webLock } from '../lock';
import { type SessionOutcome, syncSession } from '../session';

export type BackgroundOutcome = { status: 'idle' } | Exclude<SessionOutcome, { status: 'not-joined' }>;

export type BackgroundDeps = {
  fetch?: Fetch;
  now?: () => number;
  lock?: Lock;
  random?: () => number;
  batchSize?: number;
  pageSize?: number;
  /** The IndexedDB database (tests give each device its own). */
  name?: string;
};

const idle: BackgroundOutcome = { status: 'idle' };

/**
 * The background's sync session (session.ts, as in the pages), with the server's answers read by the
 * zod-free guards (guards.ts): the service worker loads neither Dexie nor zod. Idle when the device is
 * not in a team. Never throws.
 */
export function syncInBackground(deps: BackgroundDeps = {}): Promise<BackgroundOutcome> {
  const session = async (idb: IDBDatabase) => {
    const outcome = await syncSession({
      idb,
      fetch: deps.fetch ?? ((input, init) => globalThis.fetch(input, init)),
      checks: guardChecks,
      lock: deps.lock ?? webLock(),
      now: deps.now ?? Date.now,
      ...(deps.random ? { random: deps.random } : {}),
      ...(deps.batchSize ? { batchSize: deps.batchSize } : {}),
      ...(deps.pageSize ? { pageSize: deps.pageSize } : {}),
    });
    return outcome.status === 'not-joined' ? idle : outcome;
  };
  // Applying a pulled page needs the version 3 stores: on a database not yet upgraded (the extension was
  // updated and no page has opened since) the session waits for a page to upgrade it.
  return withDatabase(deps.name ?? DB_NAME, session, idle, NEWEST_STORE);
}
