import { PullResponseSchema } from '../../shared/api/sync';
import type { ToilDb } from '../db/schema';
import { applyPulledPage } from './apply-pull';
import { callServer, type Fetch } from './http';
import { readSyncState } from './state';

export const PULL_PAGE = 500;

/** Pulls the member's changes from their other devices, page by page, from the stored cursor. */
export async function pullAll(db: ToilDb, fetcher: Fetch, pageSize = PULL_PAGE): Promise<number> {
  let received = 0;
  for (;;) {
    const state = await readSyncState(db);
    if (!state) return received;
    const page = await callServer(
      fetcher,
      `${state.server}/v1/sync/pull?cursor=${encodeURIComponent(state.cursor)}&limit=${pageSize}`,
      { token: state.token },
      PullResponseSchema,
    );
    if (!(await applyPulledPage(db, page.changes, page.cursor))) return received;
    received += page.changes.length;
    if (!page.more) return received;
  }
}
