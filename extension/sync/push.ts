import type { Change, PushResponse } from '../../shared/api/sync';
import { announceChange } from '../db/idb/changes';
import { type Check, callServerChecked, type Fetch, RejectedError } from './http';
import { readBatch, settleBatch } from './outbox';
import type { Rejection, SyncState } from './state';

/** Changes per push: well under the server's 1,000 and its 1 MB body limit. */
export const PUSH_BATCH = 500;

export type PushDeps = {
  idb: IDBDatabase;
  state: SyncState;
  fetch: Fetch;
  /** Reads the server's answer (zod in the pages, guards.ts in the background). */
  check: Check<PushResponse>;
  now: () => number;
  batchSize: number;
};

const idOf = (c: Change) => (c.type === 'chore' ? c.chore.id : c.occurrence.id);
const tableOf = (c: Change | undefined): Rejection['table'] =>
  c?.type === 'chore' ? 'chores' : 'occurrences';

/**
 * Sends one batch and returns what the server refused, newest first (the last change sent first, as the
 * list of rejections reads): the changes it rejected one by one (each named by its place in the batch),
 * or all of them when it refused the whole batch with a 4xx. A refused token (401) and anything worth
 * retrying (network, 5xx, 429, an answer this version does not understand) are thrown to the session.
 */
async function pushBatch(deps: PushDeps, changes: Change[], at: number): Promise<Rejection[]> {
  const { state } = deps;
  try {
    const init = { token: state.token, body: { changes } };
    const out = await callServerChecked(deps.fetch, `${state.server}/v1/sync/push`, init, deps.check);
    return out.results
      .filter((r) => r.status === 'rejected')
      .map((r) => ({ table: tableOf(changes[r.index]), id: r.id ?? '?', reason: r.reason ?? 'rejected', at }))
      .reverse();
  } catch (error) {
    if (!(error instanceof RejectedError) || error.status === 401) throw error;
    return changes.map((c) => ({ table: tableOf(c), id: idOf(c), reason: error.message, at })).reverse();
  }
}

/**
 * Pushes the outbox, one batch at a time, until it is empty; returns how many changes were sent. A
 * batch's rows are settled only after the server answered, so a lost answer means the same batch again,
 * which the server answers as duplicates. A change the server refused is recorded and settled: it is
 * never retried forever.
 */
export async function pushOutbox(deps: PushDeps): Promise<number> {
  let sent = 0;
  for (;;) {
    const batch = await readBatch(deps.idb, deps.batchSize);
    if (!batch) return sent;
    const refused = batch.changes.length > 0 ? await pushBatch(deps, batch.changes, deps.now()) : [];
    sent += batch.changes.length;
    await settleBatch(deps.idb, batch.seqs, refused);
    // The waiting count and the rejections the full page shows changed.
    announceChange();
  }
}
