/**
 * "The data changed", to every open page of the extension (popup, full page) after a raw IndexedDB write
 * (the popup's, the background's, a pulled sync page), so each re-reads what it shows.
 */
const CHANNEL = 'toil-tracker-changes';

/**
 * Dexie 4's own channel between contexts (its STORAGE_MUTATED_DOM_EVENT_NAME). A message on it makes
 * the Dexie of every page, this one included, drop its cached live-query results and re-run them;
 * without it a page would keep serving what it read before a raw write. Tested in
 * tests/extension/db/idb/changes.test.ts, which fails if a Dexie upgrade renames it.
 */
const DEXIE_CHANNEL = 'x-storagemutated-1';

function post(name: string, message: unknown): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(name);
  channel.postMessage(message);
  channel.close();
}

/** After a raw write committed: Dexie's live queries (the full page) and the popup read again. */
export function announceChange(): void {
  post(DEXIE_CHANNEL, { all: true });
  post(CHANNEL, 'changed');
}

/**
 * After a Dexie write (db/dexie/index.ts): tells the popup, which has no Dexie. Dexie already told its own
 * live queries; posting on its channel here too would make the pages set each other off in a loop.
 */
export function announceToPopup(): void {
  post(CHANNEL, 'changed');
}

/** Calls `listener` on every change announced by another page or context; returns the unsubscribe. */
export function onChange(listener: () => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined;
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = () => listener();
  return () => channel.close();
}
