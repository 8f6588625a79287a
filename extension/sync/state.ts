import { SYNC_KEY } from '../db/core/rows';
import type { ToilDb } from '../db/dexie/schema';

/** A change the server refused, kept to show the user why (the change itself stays on this device). */
export type Rejection = { table: 'chores' | 'occurrences'; id: string; reason: string; at: number };

/** The connection to a team server and how syncing with it is going. Stored on the device only. */
export type SyncState = {
  server: string;
  token: string;
  memberId: string;
  teamName: string;
  displayName?: string;
  /** Position in the member's own change feed (pull). */
  cursor: string;
  lastSyncAt?: number;
  /** Set when the server refused the token (removed from the team): sync waits for a rejoin. */
  paused?: string;
  /** The last failure, shown until a sync succeeds. */
  lastError?: string;
  /** Consecutive retryable failures, for the backoff. */
  failures: number;
  /** No automatic attempt before this time (backoff or Retry-After). */
  retryAt?: number;
  rejected: Rejection[];
};

/** Only the latest rejections are kept: enough to explain, never an ever-growing list. */
export const MAX_REJECTIONS = 50;

export async function readSyncState(db: ToilDb): Promise<SyncState | undefined> {
  const row = await db.kv.get(SYNC_KEY);
  return row?.value as SyncState | undefined;
}

/** `current` with `patch` merged in; a field patched to `undefined` is removed. */
export function withPatch(current: SyncState, patch: Partial<SyncState>): SyncState {
  const next = { ...current, ...patch };
  for (const key of Object.keys(patch) as (keyof SyncState)[]) {
    if (patch[key] === undefined) delete next[key];
  }
  return next;
}

export async function writeSyncState(db: ToilDb, state: SyncState | undefined): Promise<void> {
  if (state) await db.kv.put({ key: SYNC_KEY, value: state });
  else await db.kv.delete(SYNC_KEY);
}
