import { browser } from 'wxt/browser';

type Opener = { action: Pick<typeof browser.action, 'openPopup'>; tabs: Pick<typeof browser.tabs, 'create'> };

/**
 * Extension pages the background opens, with the section to show (the dashboard reads the hash).
 * Relative URLs resolve against the extension's own origin when called from the background.
 */
export const PAGES = {
  logForm: 'dashboard.html#log',
  ranking: 'dashboard.html#ranking',
} as const;

/**
 * Opens the popup where the browser lets an extension do so (it needs a focused window and, in older
 * Chromium, a user gesture); otherwise opens `fallback` in a tab, so the user always gets somewhere.
 */
export async function openPopupOr(fallback: string, api: Opener = browser): Promise<'popup' | 'tab'> {
  try {
    await api.action.openPopup();
    return 'popup';
  } catch {
    await api.tabs.create({ url: fallback });
    return 'tab';
  }
}
