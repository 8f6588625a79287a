const BASE_MS = 5_000;
const MAX_MS = 30 * 60_000;

/**
 * Delay before the next attempt after `failures` failures in a row: exponential with full jitter
 * (spreads a team's clients after a server outage), never sooner than the server's Retry-After.
 */
export function backoffMs(failures: number, retryAfterMs = 0, random = Math.random): number {
  const ceiling = Math.min(MAX_MS, BASE_MS * 2 ** Math.max(0, failures - 1));
  const jittered = ceiling / 2 + random() * (ceiling / 2);
  return Math.max(retryAfterMs, Math.round(jittered));
}
