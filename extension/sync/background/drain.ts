import type { Change, PushResponse } from '../../../shared/api/sync';
import { callServerChecked, type Fetch, RejectedError } from '../http';
import { PUSH_BATCH } from '../push-size';
import { updateState } from '../raw-state';
import { MAX_REJECTIONS, type Rejection, type SyncState } from '../state';
import { readBatch, settleRows } from './raw-store';

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

/**
 * The background's push: the outbox until it is empty, with the pages' batches and the same
 * settle-after-the-answer rule (a lost answer means the same batch again, answered as duplicates). A
 * refused change is recorded and settled, never retried forever; anything else is thrown to the session.
 */
export async function pushOutbox(
  db: IDBDatabase,
  state: SyncState,
  fetcher: Fetch,
  now: () => number,
): Promise<number> {
  let sent = 0;
  for (;;) {
    const batch = await readBatch(db, PUSH_BATCH);
    if (batch.seqs.length === 0) return sent;
    const refused = batch.changes.length > 0 ? await pushBatch(fetcher, state, batch.changes, now()) : [];
    if (refused.length > 0) {
      await updateState(db, (s) => ({
        ...s,
        rejected: [...refused, ...s.rejected].slice(0, MAX_REJECTIONS),
      }));
    }
    sent += batch.changes.length;
    await settleRows(db, batch.seqs);
  }
}
