import type { GoneReason } from '../../shared/api/errors';
import type { PullWithPrivateResponse, PushResponse } from '../../shared/api/sync';
import { announceChange } from '../db/idb/changes';
import { userMessage } from '../lib/user-message';
import { backoffMs } from './backoff';
import { goneMessage, isGone, REJOIN_MESSAGE } from './gone';

export { REJOIN_MESSAGE };

import { type Check, callServerChecked, type Fetch, RejectedError, RetryableError } from './http';
import { readState, updateState } from './idb-state';
import type { Lock } from './lock';
import { PULL_PAGE, pullFeed } from './pull';
import { PUSH_BATCH, pushOutbox } from './push';
import { type SyncState, withPatch } from './state';

/** How the server's answers are read: zod schemas in the pages (engine.ts), guards.ts in the background. */
export type AnswerChecks = { push: Check<PushResponse>; pull: Check<PullWithPrivateResponse> };

export type SessionDeps = {
  /** The extension's database: the pages pass their Dexie database's own connection. */
  idb: IDBDatabase;
  fetch: Fetch;
  checks: AnswerChecks;
  /** One session at a time across the popup, the pages and the background (lock.ts). */
  lock: Lock;
  now: () => number;
  random?: () => number;
  batchSize?: number;
  pageSize?: number;
};

export type SessionOutcome =
  | { status: 'not-joined' | 'paused' | 'choosing' }
  | { status: 'synced'; pushed: number; pulled: number }
  | { status: 'failed'; error: string; retryAt: number };

/** What a failed sync session leaves in the state. */
export type Failure =
  | { pause: true; gone?: GoneReason }
  | { pause: false; failures: number; retryAt: number; lastError: string };

/**
 * The server's own refusal of the token (a 401 with its JSON error) pauses sync until the member joins
 * again, with the reason when it gave one (removed, left, team deleted). Anything else waits:
 * exponential backoff with jitter after `failures` earlier failures in a row, never sooner than
 * Retry-After.
 */
export function failureOf(error: unknown, failures: number, now: number, random?: () => number): Failure {
  if (error instanceof RejectedError && error.status === 401) {
    return isGone(error.code) ? { pause: true, gone: error.code } : { pause: true };
  }
  const retryAfter = error instanceof RetryableError ? error.retryAfterMs : 0;
  return {
    pause: false,
    failures: failures + 1,
    retryAt: now + backoffMs(failures + 1, retryAfter, random),
    lastError: userMessage(error),
  };
}

/**
 * One sync session, the one implementation for the pages (engine.ts) and the background
 * (background/session.ts): push the whole outbox (push.ts), then pull what the member's other devices
 * changed (pull.ts), all through raw IndexedDB. Under `lock`. Never throws: the outcome is also stored
 * for the UI. Success clears the failures; a refused token pauses until the member joins again; anything
 * else backs off (failureOf).
 */
export function syncSession(deps: SessionDeps): Promise<SessionOutcome> {
  const { idb, fetch, checks, now } = deps;
  return deps.lock(async () => {
    const state = await readState(idb);
    if (!state) return { status: 'not-joined' };
    if (state.paused) return { status: 'paused' };
    if (state.choosing) return { status: 'choosing' };
    const patch = async (changes: Partial<SyncState>) => {
      await updateState(idb, (s) => withPatch(s, changes));
      announceChange();
    };
    const exchange = async (current: SyncState): Promise<SessionOutcome> => {
      const batchSize = deps.batchSize ?? PUSH_BATCH;
      const pushed = await pushOutbox({ idb, state: current, fetch, check: checks.push, now, batchSize });
      const fetchPage = (url: string, token: string) => callServerChecked(fetch, url, { token }, checks.pull);
      const pulled = await pullFeed(idb, fetchPage, deps.pageSize ?? PULL_PAGE);
      await patch({ lastSyncAt: now(), failures: 0, retryAt: undefined, lastError: undefined });
      return { status: 'synced', pushed, pulled };
    };
    try {
      return await exchange(state).catch(async (error: unknown) => {
        // A rotation's answer was lost (devices.ts): the server may know only the token it asked for.
        const { pendingToken } = state;
        const refused = error instanceof RejectedError && error.status === 401 && !isGone(error.code);
        if (!refused || !pendingToken) throw error;
        await patch({ token: pendingToken, pendingToken: undefined });
        return exchange(withPatch(state, { token: pendingToken, pendingToken: undefined }));
      });
    } catch (error) {
      const failure = failureOf(error, state.failures, now(), deps.random);
      if (failure.pause) {
        const { gone } = failure;
        const paused = gone ? goneMessage(gone, state.teamName) : REJOIN_MESSAGE;
        await patch({ paused, gone, lastError: undefined, retryAt: undefined });
        return { status: 'paused' };
      }
      const { retryAt, lastError } = failure;
      await patch({ failures: failure.failures, retryAt, lastError });
      return { status: 'failed', error: lastError, retryAt };
    }
  });
}
