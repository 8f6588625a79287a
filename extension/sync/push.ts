import type { PushResponse } from '../../shared/api/sync';
import { announceChange } from '../db/idb/changes';
import { type Check, callServerChecked, type Fetch, RejectedError, RetryableError } from './http';
import { outboxKey, type PushItem, readBatch, readItems } from './outbox';
import { park, type Settlement, settle } from './settle';
import type { Rejection, Stuck, SyncState } from './state';
import { parkedRetryAt, verdictsOf } from './verdicts';

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

/** One session's pushing: what is stuck, and whether a failing batch may be split. */
type Run = PushDeps & {
  stuck: Map<string, Stuck>;
  /** The last session failed too: a batch failing again with a 5xx is split to find the change. */
  split: boolean;
  /** A change was set aside since the last push that went through (a second one means an outage). */
  parkedSinceSuccess: boolean;
  sent: number;
};

const tableOf = (item: PushItem): Rejection['table'] =>
  item.key.startsWith('chores:') ? 'chores' : 'occurrences';

/**
 * Whether a failed push may be split to find the change it fails on: the server refused the batch as a
 * whole with its own 4xx (one change broke the body), or it failed again with a 5xx (or a 413) after a
 * failed session. A refused token (401), no answer, 429, a proxy's page and an answer this version does
 * not understand are not about the changes: the session backs off.
 */
function splittable(error: unknown, split: boolean): boolean {
  if (error instanceof RejectedError) return error.status !== 401;
  if (!(error instanceof RetryableError) || error.status === undefined) return false;
  return split && (error.status >= 500 || error.status === 413);
}

/** Sends these items as one push; settles what the server answered. */
async function send(run: Run, items: PushItem[]) {
  const init = { token: run.state.token, body: { changes: items.map((i) => i.change) } };
  const answer = await callServerChecked(run.fetch, `${run.state.server}/v1/sync/push`, init, run.check);
  const verdicts: Settlement = verdictsOf(items, answer, run.now());
  await settle(run.idb, { ...verdicts, unstuck: items.map((i) => i.key).filter((k) => run.stuck.has(k)) });
  for (const item of items) run.stuck.delete(item.key);
  run.sent += items.length;
  run.parkedSinceSuccess = false;
  announceChange();
}

/** Sets a single failing change aside: kept in the outbox, tried alone later with a growing delay. */
async function setAside(run: Run, item: PushItem, error: Error) {
  const before = run.stuck.get(item.key);
  const attempts = (before?.attempts ?? 0) + 1;
  const [table, id] = [tableOf(item), item.key.slice(item.key.indexOf(':') + 1)];
  const now = run.now();
  const stuck: Stuck = {
    key: item.key,
    table,
    id,
    reason: error.message,
    since: before?.since ?? now,
    attempts,
    retryAt: parkedRetryAt(now, attempts),
  };
  run.stuck.set(item.key, stuck);
  await park(run.idb, stuck);
  announceChange();
}

/**
 * Pushes items; when the server fails on the batch in a way a change can cause (splittable), halves it
 * until the failing change is alone and sets that one aside, so the others keep flowing. Entries of a
 * chore set aside wait with it. A failure after one was set aside, with nothing gone through in between,
 * means the server fails on everything: the session stops and backs off.
 */
async function pushIsolating(run: Run, all: PushItem[]): Promise<void> {
  const items = all.filter((i) => !(i.choreId && run.stuck.has(outboxKey('chores', i.choreId))));
  if (items.length === 0) return;
  try {
    await send(run, items);
  } catch (error) {
    if (!splittable(error, run.split) || run.parkedSinceSuccess) throw error;
    const [first] = items;
    if (first && items.length === 1) {
      run.parkedSinceSuccess = true;
      await setAside(run, first, error as Error);
      return;
    }
    const half = Math.ceil(items.length / 2);
    await pushIsolating(run, items.slice(0, half));
    await pushIsolating(run, items.slice(half));
  }
}

/** Stuck changes whose time has come are tried again, each alone; failing again, they wait longer. */
async function retryStuck(run: Run) {
  const due = [...run.stuck.values()].filter((s) => s.retryAt <= run.now()).map((s) => s.key);
  if (due.length === 0) return;
  const { items, unsent } = await readItems(run.idb, new Set(due));
  // Nothing left to send for it (made private, deleted meanwhile): it is no longer stuck.
  const gone = due.filter((k) => !items.some((i) => i.key === k));
  await settle(run.idb, { seqs: unsent, unstuck: gone });
  for (const key of gone) run.stuck.delete(key);
  for (const item of items) {
    try {
      await send(run, [item]);
    } catch (error) {
      if (!splittable(error, true)) throw error;
      await setAside(run, item, error as Error);
    }
  }
}

/**
 * Pushes the outbox, one batch at a time, until every row was read; returns how many changes were sent.
 * A batch's rows are settled only after the server answered, so a lost answer means the same batch
 * again, which the server answers as duplicates. Only the server's own verdict on a change (rejected)
 * drops it; a change the server keeps failing on is set aside (stuck) and tried again later, alone.
 */
export async function pushOutbox(deps: PushDeps): Promise<number> {
  const stuck = new Map((deps.state.stuck ?? []).map((s) => [s.key, s]));
  const run: Run = { ...deps, stuck, split: deps.state.failures > 0, parkedSinceSuccess: false, sent: 0 };
  await retryStuck(run);
  let after = 0;
  for (;;) {
    const batch = await readBatch(run.idb, { limit: run.batchSize, after, held: (k) => run.stuck.has(k) });
    if (!batch) return run.sent;
    after = batch.last;
    if (batch.unsent.length > 0) await settle(run.idb, { seqs: batch.unsent });
    await pushIsolating(run, batch.items);
  }
}
