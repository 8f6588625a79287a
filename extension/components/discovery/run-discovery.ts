import { type Discovery, discoverAsync, discoveryWindow } from '../../../shared/discovery';
import type { Chore, RankingSettings } from '../../../shared/model';
import { hostMatches } from '../../db/core/site-match';
import { type ReadProgress, readHistory } from './history';

type Scheduler = { yield?: () => Promise<void> };

/** Gives the thread back between slices: scheduler.yield() where the browser has it, else a task. */
function yieldTo(): Promise<unknown> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

/** Whether a live chore's site pattern covers a host: its candidates show as "already tracked". */
export function trackedBy(chores: readonly Chore[]): (host: string) => boolean {
  const patterns = chores.filter((c) => !c.deleted && c.sitePattern).map((c) => c.sitePattern);
  return (host) => patterns.some((p) => hostMatches(host, p));
}

/**
 * Reads the last `weeks` weeks of history and finds the toil in it, in slices of 8 ms (no long task).
 * A host a chore's site pattern covers is "already tracked". `onProgress` hears how far the read has come.
 */
export async function runDiscovery(
  weeks: number,
  chores: readonly Chore[],
  settings: RankingSettings,
  onProgress?: ReadProgress,
  now = Date.now(),
): Promise<Discovery> {
  const window = discoveryWindow(now, weeks, settings.timeZone);
  const visits = await readHistory(window.from, window.to, onProgress);
  return discoverAsync(
    visits,
    {
      now,
      settings,
      windowWeeks: weeks,
      isTracked: trackedBy(chores),
    },
    { yieldTo },
  );
}
