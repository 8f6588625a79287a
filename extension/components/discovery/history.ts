import { browser } from 'wxt/browser';
import type { Visit } from '../../../shared/discovery';

/**
 * The browser's history as discovery reads it: one Visit per visit since `from`. Only the browser's own
 * history API is used (nothing goes over the network); incognito visits are never in it.
 */

const HISTORY = { permissions: ['history'] } as const;

/** Asks for the optional history permission; must run inside the click handler (a user gesture). */
export function requestHistory(): Promise<boolean> {
  return browser.permissions.request({ permissions: [...HISTORY.permissions] });
}

export function hasHistory(): Promise<boolean> {
  return browser.permissions.contains({ permissions: [...HISTORY.permissions] });
}

/** Gives the permission back. False where the browser keeps it (a build that holds it at install). */
export async function dropHistory(): Promise<boolean> {
  try {
    return await browser.permissions.remove({ permissions: [...HISTORY.permissions] });
  } catch {
    return false;
  }
}

/** Pages asked for per search: history.search gives the most recent first, up to this many. */
const MAX_PAGES = 100_000;

/**
 * history.getVisits calls in flight at once. One at a time, Chromium 150 answered 2,000 pages in 1.6 s, so a
 * long history (tens of thousands of pages in twelve weeks) took half a minute; 64 at a time read 20,000
 * pages in 3.8 s, with no long task on the page (20,000 pages added with history.addUrl, read from the e2e build).
 */
const IN_FLIGHT = 64;

/** How far a read has come: pages whose visits are read, of the pages the history holds in the window. */
export type ReadProgress = (pages: number, of: number) => void;

export async function readHistory(from: number, to: number, onProgress?: ReadProgress): Promise<Visit[]> {
  const items = await browser.history.search({
    text: '',
    startTime: from,
    endTime: to,
    maxResults: MAX_PAGES,
  });
  const urls = items.flatMap((item) => (item.url && /^https?:/.test(item.url) ? [item.url] : []));
  const visits: Visit[] = [];
  onProgress?.(0, urls.length);
  for (let i = 0; i < urls.length; i += IN_FLIGHT) {
    const batch = urls.slice(i, i + IN_FLIGHT);
    const answers = await Promise.all(batch.map((url) => browser.history.getVisits({ url })));
    for (const [k, url] of batch.entries()) {
      for (const v of answers[k] ?? []) {
        if (v.visitTime !== undefined && v.visitTime >= from && v.visitTime <= to)
          visits.push({ url, at: v.visitTime });
      }
    }
    onProgress?.(i + batch.length, urls.length);
  }
  return visits.concat(testVisits());
}

/**
 * The e2e build only (WXT_TOIL_E2E_VISITS at build time): visits a test placed in localStorage, added
 * to what the real history gave, because the history API cannot record a visit in the past. Product
 * builds compile this away.
 */
function testVisits(): Visit[] {
  if (import.meta.env.WXT_TOIL_E2E_VISITS !== '1') return [];
  const text = localStorage.getItem('toil-e2e-visits');
  return text ? (JSON.parse(text) as Visit[]) : [];
}
