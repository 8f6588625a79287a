import { DB_NAME, NEWEST_STORE } from '../../db/core/rows';
import { withDatabase } from '../../db/idb/open';
import { runSession, type SessionOutcome } from '../failure';
import { callServerChecked, type Fetch } from '../http';
import { type Lock, webLock } from '../lock';
import { PULL_PAGE, pullFeed } from '../pull-feed';
import { isPullResponse } from '../pull-guard';
import { readState, updateState } from '../raw-state';
import { withPatch } from '../state';
import { pushOutbox } from './drain';

export type BackgroundOutcome = { status: 'idle' } | SessionOutcome;

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
  const fetchPage = (url: string, token: string) =>
    callServerChecked(fetcher, url, { token }, isPullResponse);
  const work = async () => ({
    pushed: await pushOutbox(db, state, fetcher, now),
    pulled: await pullFeed(db, fetchPage, deps.pageSize ?? PULL_PAGE),
  });
  return runSession(
    state.failures,
    work,
    (patch) => updateState(db, (s) => withPatch(s, patch)),
    now,
    deps.random,
  );
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
