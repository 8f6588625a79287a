import type { Change, PushResponse } from '../../../shared/api/sync';
import { DB_NAME } from '../../db/name';
import { withDatabase } from '../../db/raw/idb';
import { backoffMs } from '../backoff';
import { REJOIN_MESSAGE } from '../engine-messages';
import { callServerChecked, type Fetch, RejectedError, RetryableError } from '../http';
import { type Lock, webLock } from '../lock';
import { PUSH_BATCH } from '../push-size';
import { MAX_REJECTIONS, type Rejection, type SyncState } from '../state';
import { readBatch, readState, settleRows, updateState } from './raw-store';

export type DrainOutcome = { status: 'idle' | 'paused' | 'drained' } | { status: 'failed'; retryAt: number };

const isPushResponse = (body: unknown): body is PushResponse =>
  typeof body === 'object' && body !== null && Array.isArray((body as { results?: unknown }).results);

const idOf = (c: Change) => (c.type === 'chore' ? c.chore.id : c.occurrence.id);
const tableOf = (c: Change | undefined) =>
  c?.type === 'chore' ? ('chores' as const) : ('occurrences' as const);

/** Pushes one batch; what the server refuses (one change, or a whole batch with a 4xx) is returned. */
async function pushBatch(
  fetcher: Fetch,
  state: SyncState,
  changes: Change[],
  at: number,
): Promise<Rejection[]> {
  try {
    const url = `${state.server}/v1/sync/push`;
    const out = await callServerChecked(
      fetcher,
      url,
      { token: state.token, body: { changes } },
      isPushResponse,
    );
    return out.results
      .filter((r) => r.status === 'rejected')
      .map((r) => ({
        table: tableOf(changes[r.index]),
        id: r.id ?? '?',
        reason: r.reason ?? 'rejected',
        at,
      }));
  } catch (error) {
    if (!(error instanceof RejectedError) || error.status === 401) throw error;
    return changes.map((c) => ({ table: tableOf(c), id: idOf(c), reason: error.message, at }));
  }
}

async function drainOpen(db: IDBDatabase, fetcher: Fetch, now: () => number): Promise<DrainOutcome> {
  const state = await readState(db);
  if (!state) return { status: 'idle' };
  if (state.paused) return { status: 'paused' };
  try {
    for (;;) {
      const batch = await readBatch(db, PUSH_BATCH);
      if (batch.seqs.length === 0) break;
      const refused = batch.changes.length > 0 ? await pushBatch(fetcher, state, batch.changes, now()) : [];
      if (refused.length > 0) {
        await updateState(db, (s) => ({
          ...s,
          rejected: [...refused, ...s.rejected].slice(0, MAX_REJECTIONS),
        }));
      }
      await settleRows(db, batch.seqs);
    }
    await updateState(db, ({ lastError: _e, retryAt: _r, ...s }) => ({
      ...s,
      failures: 0,
      lastSyncAt: now(),
    }));
    return { status: 'drained' };
  } catch (error) {
    if (error instanceof RejectedError && error.status === 401) {
      await updateState(db, ({ lastError: _e, retryAt: _r, ...s }) => ({ ...s, paused: REJOIN_MESSAGE }));
      return { status: 'paused' };
    }
    const failures = state.failures + 1;
    const retryAt = now() + backoffMs(failures, error instanceof RetryableError ? error.retryAfterMs : 0);
    const lastError = error instanceof Error ? error.message : String(error);
    await updateState(db, (s) => ({ ...s, failures, retryAt, lastError }));
    return { status: 'failed', retryAt };
  }
}

/**
 * The background's half of sync: pushes the outbox until it is empty, with the pages' batches, the same
 * settle-after-the-answer rule and the same failure handling, under the same Web Lock. Pulling from the
 * member's other devices is left to the pages, which show the data and hold Dexie.
 */
export function drainOutbox(
  fetcher: Fetch = (input, init) => globalThis.fetch(input, init),
  now: () => number = Date.now,
  lock: Lock = webLock(),
  name = DB_NAME,
): Promise<DrainOutcome> {
  return lock(() =>
    withDatabase<DrainOutcome>(name, (db) => drainOpen(db, fetcher, now), { status: 'idle' }),
  );
}
