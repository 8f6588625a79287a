/**
 * Failed authentication, limited per client address (clientKey): a token nobody holds is counted against
 * the address that sent it, never against the token, which the sender chooses freely.
 *
 * The Rate Limiting binding only counts (each call is one more), so it cannot be asked whether an address
 * is over its budget without spending some of it. The Worker remembers, in memory, an address the binding
 * refused for the rest of the minute and refuses it before any lookup, with a valid token too: otherwise a
 * guess that happened to be right would still get through. The memory is per isolate (another isolate
 * learns it at the address's next failure) and holds at most MAX_REMEMBERED addresses.
 */

const MINUTE_MS = 60_000;
const MAX_REMEMBERED = 10_000;

/** Addresses over their failure budget, with the time until which they are refused. */
const refused = new Map<string, number>();

/** True when the address went over its failure budget less than a minute ago: refuse before looking up. */
export function overFailureBudget(address: string, now: number): boolean {
  const until = refused.get(address);
  if (until === undefined) return false;
  if (until > now) return true;
  refused.delete(address);
  return false;
}

/** Counts one failed authentication of the address; false once it is over its budget (then remembered). */
export async function countFailure(limiter: RateLimit, address: string, now: number): Promise<boolean> {
  const { success } = await limiter.limit({ key: address });
  if (success) return true;
  if (refused.size >= MAX_REMEMBERED) {
    const oldest = refused.keys().next().value;
    if (oldest !== undefined) refused.delete(oldest);
  }
  refused.set(address, now + MINUTE_MS);
  return false;
}
