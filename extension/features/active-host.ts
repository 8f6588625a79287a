import { browser } from 'wxt/browser';

/**
 * The active tab's host, for site suggestions, read through `activeTab` (no host permissions). Only
 * http(s) pages count; an incognito tab is never read. The host stays in memory, never stored or sent.
 */
export async function activeTabHost(
  tabs: Pick<typeof browser.tabs, 'query'> = browser.tabs,
): Promise<string | undefined> {
  try {
    const [tab] = await tabs.query({ active: true, currentWindow: true });
    if (!tab?.url || tab.incognito) return undefined;
    const url = new URL(tab.url);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.host : undefined;
  } catch {
    return undefined;
  }
}
