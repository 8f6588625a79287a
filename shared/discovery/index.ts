import { type DiscoverOptions, type Discovery, discoverSteps } from './discover';
import type { Visit } from './read-visits';

/**
 * Toil discovery: repeated manual work found in the user's own browser history, on the device. Pure: the
 * extension feeds it visits ({ url, at }) and shows what it returns; nothing here touches a browser API.
 * See discover.ts for the steps, rules.ts for every threshold, template.ts for URL templates.
 */

export { type DiscoveryWindow, discoveryWindow } from './calendar';
export { type Candidate, isDismissed, type OccurrenceEstimate, type Why } from './candidate';
export type { DiscoverOptions, Discovery, DiscoveryStats } from './discover';
export { isIdentifierToken } from './identifiers';
export { templateId } from './ids';
export type { Visit } from './read-visits';
export {
  DISCOVERY,
  type DiscoveryRules,
  NOT_TOIL,
  type NotToilReason,
  type NotToilRules,
  notToil,
} from './rules';
export { DiscoveryWeeksSchema } from './settings';
export { templateKey, type UrlTemplate, urlTemplate } from './template';

/** Discovery in one go: for tests, workers, and histories small enough not to hold up a page. */
export function discover(visits: readonly Visit[], options: DiscoverOptions): Discovery {
  const steps = discoverSteps(visits, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

export type Slicing = {
  /** Run at most this long before giving the thread back (default 8 ms; a task over 50 ms is a long task). */
  sliceMs?: number;
  /** How to give the thread back. A page should pass () => scheduler.yield() where it exists. */
  yieldTo?: () => Promise<unknown>;
  /** Milliseconds, for measuring slices. */
  clock?: () => number;
  /** Stops the work (rejects with the signal's reason) at the next slice. */
  signal?: AbortSignal;
};

/**
 * discover() in slices of sliceMs, yielding the thread between them, so that a page stays responsive
 * while it reads a long history. Gives exactly what discover() gives.
 */
export async function discoverAsync(
  visits: readonly Visit[],
  options: DiscoverOptions,
  slicing: Slicing = {},
): Promise<Discovery> {
  const {
    sliceMs = 8,
    yieldTo = () => new Promise((resolve) => setTimeout(resolve, 0)),
    clock = () => performance.now(),
    signal,
  } = slicing;
  const steps = discoverSteps(visits, options);
  let sliceStart = clock();
  for (;;) {
    signal?.throwIfAborted();
    const step = steps.next();
    if (step.done) return step.value;
    if (clock() - sliceStart >= sliceMs) {
      await yieldTo();
      sliceStart = clock();
    }
  }
}
