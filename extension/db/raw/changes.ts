/**
 * "The data changed": one message to every open page of the extension (popup, full page, background),
 * so each re-reads what it shows. Dexie tells its own live queries; this covers raw IndexedDB writes
 * (the popup's, the background's) and tells the popup, which has no Dexie, about Dexie's.
 */
const CHANNEL = 'toil-tracker-changes';

export function announceChange(): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(CHANNEL);
  channel.postMessage('changed');
  channel.close();
}

/** Calls `listener` on every change announced by another page or context; returns the unsubscribe. */
export function onChange(listener: () => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined;
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = () => listener();
  return () => channel.close();
}
