import { backoffMs } from './backoff';
import { REJOIN_MESSAGE } from './engine-messages';
import { RejectedError, RetryableError } from './http';
import type { SyncState } from './state';

/** What a failed sync session leaves in the state, the same in the pages' engine and the background. */
export type Failure =
  | { pause: true }
  | { pause: false; failures: number; retryAt: number; lastError: string };

/**
 * A refused token (401) pauses sync until the member joins again. Anything else waits: exponential
 * backoff with jitter after `failures` earlier failures in a row, never sooner than Retry-After.
 */
export function failureOf(error: unknown, failures: number, now: number, random?: () => number): Failure {
  if (error instanceof RejectedError && error.status === 401) return { pause: true };
  const retryAfter = error instanceof RetryableError ? error.retryAfterMs : 0;
  return {
    pause: false,
    failures: failures + 1,
    retryAt: now + backoffMs(failures + 1, retryAfter, random),
    lastError: error instanceof Error ? error.message : String(error),
  };
}

export type SessionOutcome =
  | { status: 'paused' }
  | { status: 'synced'; pushed: number; pulled: number }
  | { status: 'failed'; error: string; retryAt: number };

/**
 * A sync session's work (push, then pull) and what it leaves in the state, the same in the pages'
 * engine (Dexie) and the background (raw IndexedDB): success clears the failures, a refused token pauses
 * until the member joins again, anything else backs off (failureOf). `patch` removes fields set to
 * undefined (withPatch).
 */
export async function runSession(
  failures: number,
  work: () => Promise<{ pushed: number; pulled: number }>,
  patch: (changes: Partial<SyncState>) => Promise<unknown>,
  now: () => number,
  random?: () => number,
): Promise<SessionOutcome> {
  try {
    const { pushed, pulled } = await work();
    await patch({ lastSyncAt: now(), failures: 0, retryAt: undefined, lastError: undefined });
    return { status: 'synced', pushed, pulled };
  } catch (error) {
    const failure = failureOf(error, failures, now(), random);
    if (failure.pause) {
      await patch({ paused: REJOIN_MESSAGE, lastError: undefined, retryAt: undefined });
      return { status: 'paused' };
    }
    const { retryAt, lastError } = failure;
    await patch({ failures: failure.failures, retryAt, lastError });
    return { status: 'failed', error: lastError, retryAt };
  }
}
