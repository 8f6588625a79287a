import { DB_NAME, NEWEST_STORE } from '../../db/name';
import { withDatabase } from '../../db/raw/idb';
import { REJOIN_MESSAGE } from '../engine-messages';
import { failureOf } from '../failure';
import { callServerChecked, type Fetch } from '../http';
import { type Lock, webLock } from '../lock';
import { PULL_PAGE, pullFeed } from '../pull-feed';
import { isPullResponse } from '../pull-guard';
import { readState, updateState } from '../raw-state';
import { pushOutbox } from './drain';

export type BackgroundOutcome =
  | { status: 'idle' | 'paused' }
  | { status: 'synced'; pushed: number; pulled: number }
  | { status: 'failed'; retryAt: number };

export type BackgroundDeps = {
  fetch?: Fetch;
  now?: () => number;
  lock?: Lock;
  random?: () => number;
  pageSize?: number;
  /** The IndexedDB database (tests give each device its own). */
  name?: string;
};

async function sessionOn(db: IDBDatabase, deps: BackgroundDeps): Promise<BackgroundOutcome> {
  const { now = Date.now } = deps;
  const fetcher: Fetch = deps.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const state = await readState(db);
  if (!state) return { status: 'idle' };
  if (state.paused) return { status: 'paused' };
  try {
    const pushed = await pushOutbox(db, state, fetcher, now);
    const fetchPage = (url: string, token: string) =>
      callServerChecked(fetcher, url, { token }, isPullResponse);
    const pulled = await pullFeed(db, fetchPage, deps.pageSize ?? PULL_PAGE);
    await updateState(db, ({ lastError: _e, retryAt: _r, ...s }) => ({
      ...s,
      failures: 0,
      lastSyncAt: now(),
    }));
    return { status: 'synced', pushed, pulled };
  } catch (error) {
    const failure = failureOf(error, state.failures, now(), deps.random);
    if (failure.pause) {
      await updateState(db, ({ lastError: _e, retryAt: _r, ...s }) => ({ ...s, paused: REJOIN_MESSAGE }));
      return { status: 'paused' };
    }
    const { failures, retryAt, lastError } = failure;
    await updateState(db, (s) => ({ ...s, failures, retryAt, lastError }));
    return { status: 'failed', retryAt };
  }
}

/**
 * The background's sync session, the same as the pages' engine.ts without Dexie or zod: push the outbox,
 * then pull the member's feed from the stored cursor (pages checked by pull-guard.ts, applied by
 * apply-pull.ts, the pages' own function). Same failure handling: backoff with jitter honouring
 * Retry-After, 4xx refusals recorded, a 401 pauses keeping every entry. Under the same Web Lock, so one
 * sync runs at a time across popup, pages and background. Never throws.
 */
export function syncInBackground(deps: BackgroundDeps = {}): Promise<BackgroundOutcome> {
  const lock = deps.lock ?? webLock();
  const idle: BackgroundOutcome = { status: 'idle' };
  // Applying a pulled page needs the version 3 stores: on a database not yet upgraded (the extension was
  // updated and no page has opened since) the session waits for a page to upgrade it.
  return lock(() => withDatabase(deps.name ?? DB_NAME, (db) => sessionOn(db, deps), idle, NEWEST_STORE));
}
