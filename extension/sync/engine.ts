import type { ToilDb } from '../db/dexie/schema';
import { REJOIN_MESSAGE } from './engine-messages';
import { runSession } from './failure';
import type { Fetch } from './http';
import { type Lock, webLock } from './lock';
import { pullAll } from './pull';
import { pushAll } from './push';
import { PUSH_BATCH } from './push-size';
import { patchSyncState, readSyncState } from './state';

export type SyncDeps = {
  db: ToilDb;
  fetch?: Fetch;
  now?: () => number;
  lock?: Lock;
  random?: () => number;
  batchSize?: number;
  pageSize?: number;
};

export type SyncOutcome =
  | { status: 'not-joined' | 'paused' }
  | { status: 'synced'; pushed: number; pulled: number }
  | { status: 'failed'; error: string; retryAt: number };

export { REJOIN_MESSAGE };

const defaultLock = webLock();

/**
 * One sync session: push the whole outbox, then pull what the member's other devices changed. Only one
 * runs at a time in the whole extension (a Web Lock). Never throws: the outcome is stored for the UI.
 */
export async function syncNow(deps: SyncDeps): Promise<SyncOutcome> {
  const { db, now = Date.now, lock = defaultLock } = deps;
  const fetcher: Fetch = deps.fetch ?? ((input, init) => globalThis.fetch(input, init));
  return lock(async () => {
    const state = await readSyncState(db);
    if (!state) return { status: 'not-joined' };
    if (state.paused) return { status: 'paused' };
    const work = async () => ({
      pushed: await pushAll(db, state, fetcher, now, deps.batchSize ?? PUSH_BATCH),
      pulled: await pullAll(db, fetcher, deps.pageSize),
    });
    return runSession(state.failures, work, (patch) => patchSyncState(db, patch), now, deps.random);
  });
}
