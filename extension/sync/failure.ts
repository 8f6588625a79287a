import { backoffMs } from './backoff';
import { RejectedError, RetryableError } from './http';

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
