import type { PullWithPrivateResponse } from '../../shared/api/sync';
import { applyPulledPage } from './apply-pull';
import { settleHeldDeletes } from './held-deletes';
import { readState } from './idb-state';

export const PULL_PAGE = 500;

/** Fetches one page of the member's feed and checks it (zod in the pages, guards.ts in the background). */
export type FetchPage = (url: string, token: string) => Promise<PullWithPrivateResponse>;

/**
 * Pulls the member's changes from their other devices, page by page from the stored cursor, each page
 * applied in one transaction with the cursor. Stops when the server has no more, or makes no progress;
 * then what the run's deletions would delete here is decided whole (held-deletes.ts).
 */
export async function pullFeed(db: IDBDatabase, fetchPage: FetchPage, pageSize = PULL_PAGE): Promise<number> {
  let received = 0;
  for (;;) {
    const state = await readState(db);
    if (!state) return received;
    // include=private: tombstones of chores made private on the member's other devices come too.
    const query = `cursor=${encodeURIComponent(state.cursor)}&limit=${pageSize}&include=private`;
    const page = await fetchPage(`${state.server}/v1/sync/pull?${query}`, state.token);
    if (!(await applyPulledPage(db, page.changes, page.cursor))) return received;
    received += page.changes.length;
    if (!page.more || page.cursor === state.cursor) {
      await settleHeldDeletes(db);
      return received;
    }
  }
}
