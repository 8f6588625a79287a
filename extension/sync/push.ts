import { type ChangeResult, PushResponseSchema } from '../../shared/api/sync';
import type { ToilDb } from '../db/dexie/schema';
import { callServer, type Fetch, RejectedError } from './http';
import { nextBatch, settleBatch } from './outbox-batch';
import { PUSH_BATCH } from './push-size';
import { MAX_REJECTIONS, type Rejection, readSyncState, type SyncState, writeSyncState } from './state';

function rejectionsOf(results: ChangeResult[], batchIds: Map<string, Rejection['table']>, at: number) {
  return results
    .filter((r) => r.status === 'rejected')
    .map((r) => ({
      table: (r.id && batchIds.get(r.id)) || 'occurrences',
      id: r.id ?? '?',
      reason: r.reason ?? 'rejected',
      at,
    }));
}

async function recordRejections(db: ToilDb, rejections: Rejection[]) {
  if (rejections.length === 0) return;
  await db.transaction('rw', db.kv, async () => {
    const state = await readSyncState(db);
    if (!state) return;
    const rejected = [...rejections.reverse(), ...state.rejected].slice(0, MAX_REJECTIONS);
    await writeSyncState(db, { ...state, rejected });
  });
}

/**
 * Drains the outbox, one batch at a time, until it is empty. A batch's rows are settled only after the
 * server answered, so a lost answer means the same batch again, which the server answers as duplicates.
 * A change the server rejects is recorded with its reason and settled: it is never retried forever.
 */
export async function pushAll(
  db: ToilDb,
  state: SyncState,
  fetcher: Fetch,
  now: () => number,
  batchSize = PUSH_BATCH,
): Promise<number> {
  let sent = 0;
  for (;;) {
    const batch = await nextBatch(db, batchSize);
    if (!batch) return sent;
    if (batch.changes.length > 0) {
      const ids = new Map<string, Rejection['table']>(
        batch.changes.map((c) =>
          c.type === 'chore' ? [c.chore.id, 'chores'] : [c.occurrence.id, 'occurrences'],
        ),
      );
      try {
        const out = await callServer(
          fetcher,
          `${state.server}/v1/sync/push`,
          { token: state.token, body: { changes: batch.changes } },
          PushResponseSchema,
        );
        await recordRejections(db, rejectionsOf(out.results, ids, now()));
      } catch (error) {
        // 401 pauses (handled by the caller); any other 4xx refuses the whole batch: shown, not retried.
        if (!(error instanceof RejectedError) || error.status === 401) throw error;
        await recordRejections(
          db,
          [...ids].map(([id, table]) => ({ table, id, reason: error.message, at: now() })),
        );
      }
      sent += batch.changes.length;
    }
    await settleBatch(db, batch.seqs);
  }
}
