import { announceChange } from '../db/raw/changes';

/**
 * Dexie 4's own channel between contexts (its STORAGE_MUTATED_DOM_EVENT_NAME). A message on it makes the
 * Dexie of every page, this one included, drop its cached live-query results and re-run them; without
 * it a page re-subscribing after announceChange() is served the cache from before this raw write.
 * tests/extension/sync-background-apply.test.ts checks that a live query sees a pulled page.
 */
const DEXIE_CHANNEL = 'x-storagemutated-1';

/** After a pulled page was written through raw IndexedDB: every open view re-reads. */
export function announcePulled(): void {
  announceChange();
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(DEXIE_CHANNEL);
  channel.postMessage({ all: true });
  channel.close();
}
