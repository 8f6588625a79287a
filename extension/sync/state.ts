import type { GoneReason } from '../../shared/api/errors';
import { SYNC_KEY } from '../db/core/rows';
import type { ToilDb } from '../db/dexie/schema';

/** How many live chores and entries of this browser a set of pulled deletions would delete. */
export type HeldCounts = { chores: number; entries: number };

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
  /** Changes the server keeps failing on (5xx), isolated from the rest: kept in the outbox, retried later. */
  stuck?: Stuck[];
  /** Chores the team server keeps as private (a tombstone): it refuses them, so they stay private here. */
  privateOnServer?: string[];
  /** Why the server stopped accepting this device's token, when it said (GONE_REASONS). */
  gone?: GoneReason;
  /** Set when joining: nothing is pushed until the member has chosen what to share (consent.ts). */
  choosing?: true;
  /** The team's minimum of people per chore on its leaderboard, as the server said at joining. */
  minPeople?: number;
  /**
   * Deletions pulled from the member's other browsers, held back and waiting for the member's choice
   * (held-deletes.ts): how many of this browser's live chores and entries they would delete.
   */
  heldDeletes?: HeldCounts;
  /**
   * The token a rotation asked for, kept until its answer is in (devices.ts): if the answer was lost, the
   * server may know only this one, and sync tries it when the old token is refused.
   */
  pendingToken?: string;
};

/**
 * A change isolated as the one the server fails on (a 5xx for it alone, or the server's refusal of a
 * batch holding only it): its outbox rows stay, it is tried again alone at `retryAt`, never dropped.
 */
export type Stuck = {
  /** `${table}:${id}`, as the outbox names records. */
  key: string;
  table: Rejection['table'];
  id: string;
  reason: string;
  since: number;
  attempts: number;
  retryAt: number;
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
