/** What `whenPainted` uses of the page: the Paint Timing API (performance and PerformanceObserver). */
export type PaintTiming = {
  performance: Pick<Performance, 'getEntriesByName'>;
  Observer: Pick<typeof PerformanceObserver, 'supportedEntryTypes'> &
    (new (
      callback: PerformanceObserverCallback,
    ) => Pick<PerformanceObserver, 'observe' | 'disconnect'>);
};

const FCP = 'first-contentful-paint';

/**
 * Resolves once the page's first contentful paint is on screen, as the Paint Timing API reports it.
 * Work the first frame does not need (opening IndexedDB behind the cached rows, loading the write
 * path, waking the background) waits for it. On a 2-core machine that work, started at once, took CPU
 * from the first frame's style, layout and raster: the popup's first paint came 8 to 25 ms later (two
 * runs opening both builds alternately in one browser, 30 times each). Resolves at once where paint
 * timing is missing, and after `fallbackMs` when no paint is reported (a page never shown).
 */
export function whenPainted(timing: PaintTiming | undefined = pageTiming(), fallbackMs = 300): Promise<void> {
  return new Promise((resolve) => {
    const painted = () => (timing?.performance.getEntriesByName(FCP).length ?? 0) > 0;
    if (!timing?.Observer.supportedEntryTypes?.includes('paint') || painted()) {
      resolve();
      return;
    }
    const observer = new timing.Observer(() => {
      if (painted()) done();
    });
    const timeout = setTimeout(() => done(), fallbackMs);
    function done() {
      clearTimeout(timeout);
      observer.disconnect();
      resolve();
    }
    observer.observe({ type: 'paint', buffered: true });
  });
}

function pageTiming(): PaintTiming | undefined {
  const { performance, PerformanceObserver: Observer } = globalThis;
  return performance && Observer ? { performance, Observer } : undefined;
}

let painted: Promise<void> | undefined;

/** `whenPainted` for this page, watched once. */
export function firstPaint(): Promise<void> {
  painted ??= whenPainted();
  return painted;
}
