import { liveQuery } from 'dexie';
import { browser } from 'wxt/browser';
import { type db as appDb, getSettings, getTimer } from '../db';

export const PAGE_PORT = 'toil-tracker-page';

/**
 * Called once by the popup and the dashboard: the open port wakes the background and tells it when the
 * page closes, so the timer badge and the notification schedule follow what the user just changed.
 */
export function linkToBackground(runtime: Pick<typeof browser.runtime, 'connect'> = browser.runtime) {
  try {
    return runtime.connect({ name: PAGE_PORT });
  } catch {
    return undefined;
  }
}

/**
 * Background side: while a page is connected, re-sync whenever the timer or settings change (Dexie
 * announces changes across the extension's contexts); and once more when the page closes.
 */
export function listenForPages(
  db: typeof appDb,
  resync: () => Promise<unknown>,
  runtime: Pick<typeof browser.runtime, 'onConnect'> = browser.runtime,
) {
  runtime.onConnect.addListener((port) => {
    if (port.name !== PAGE_PORT) return;
    const watch = liveQuery(() => Promise.all([getTimer(db), getSettings(db)])).subscribe({
      next: () => void resync(),
      error: () => undefined,
    });
    port.onDisconnect.addListener(() => {
      watch.unsubscribe();
      void resync();
    });
  });
}
