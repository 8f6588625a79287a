import { browser } from 'wxt/browser';

type TabsApi = Pick<typeof browser.tabs, 'query'>;

/**
 * The host of the active tab, for site suggestions. Read through activeTab only while the popup is open;
 * it is never stored or sent, and incognito tabs are never read.
 */
export async function activeHost(tabs: TabsApi = browser.tabs): Promise<string | undefined> {
  try {
    const [tab] = await tabs.query({ active: true, currentWindow: true });
    if (!tab?.url || tab.incognito) return undefined;
    const url = new URL(tab.url);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.host : undefined;
  } catch {
    return undefined;
  }
}
