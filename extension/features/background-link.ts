import { browser } from 'wxt/browser';

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

/** Background side: re-sync when a page connects (it may start a timer) and when it closes. */
export function listenForPages(
  resync: () => Promise<unknown>,
  runtime: Pick<typeof browser.runtime, 'onConnect'> = browser.runtime,
) {
  runtime.onConnect.addListener((port) => {
    if (port.name !== PAGE_PORT) return;
    void resync();
    port.onDisconnect.addListener(() => void resync());
  });
}
