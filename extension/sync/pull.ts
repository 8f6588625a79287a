import { PullResponseSchema } from '../../shared/api/sync';
import type { ToilDb } from '../db/dexie/schema';
import { callServer, type Fetch } from './http';
import { PULL_PAGE, pullFeed } from './pull-feed';

export { PULL_PAGE };

/**
 * The pages' pull: answers checked with the shared zod schema, pages applied by the same raw function
 * as the background's, on this Dexie database's own connection.
 */
export async function pullAll(db: ToilDb, fetcher: Fetch, pageSize = PULL_PAGE): Promise<number> {
  await db.open();
  const fetchPage = (url: string, token: string) => callServer(fetcher, url, { token }, PullResponseSchema);
  return pullFeed(db.backendDB(), fetchPage, pageSize);
}
