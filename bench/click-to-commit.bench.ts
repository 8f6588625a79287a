/**
 * One click to committed in IndexedDB, in real Chromium: the popup's real click verb (`logClick`:
 * validation, the occurrence, its outbox row and a pending row for the rollups, one transaction) timed
 * inside an extension page until its transaction committed, against a raw IndexedDB add of the same row
 * shape into a store with the same indexes, alternating in the same page. 10,000 occurrences are stored
 * beforehand. The fold of the pending row into the rollups, which follows each click in a transaction
 * of its own, is reported next to it.
 */
import { browserVersion, launchBenchExtension } from './browser/extension-copy';
import { type Benchmark, round, summarise, verdict } from './harness';

const STORED = 10_000;
const ITERATIONS = 300;
const WARMUP = 30;

type BenchWindow = {
  document: { title: string };
  bench: {
    seedTo(total: number): Promise<number>;
    measureClicks(
      iterations: number,
      warmup: number,
    ): Promise<{ verb: number[]; baseline: number[]; fold: number[] }>;
  };
};

const benchmark: Benchmark = {
  name: 'click-to-commit',
  async run() {
    const ext = await launchBenchExtension();
    try {
      const page = await ext.open('bench-db.html');
      await page.waitForFunction(
        () => (globalThis as unknown as BenchWindow).document.title === 'bench ready',
      );
      const stored = await page.evaluate(
        (n) => (globalThis as unknown as BenchWindow).bench.seedTo(n),
        STORED,
      );
      const { verb, baseline, fold } = await page.evaluate(
        ([n, w]) => (globalThis as unknown as BenchWindow).bench.measureClicks(n, w),
        [ITERATIONS, WARMUP] as const,
      );
      const v = summarise(verb);
      const b = summarise(baseline);
      const ratio = v.median / b.median;
      return [
        {
          name: `click to committed (logClick, ${stored} stored)`,
          value: round(v.median),
          unit: 'ms',
          baseline: round(b.median),
          baselineName: 'raw IndexedDB add',
          ratio: round(ratio),
          budget: 'median <= 2x raw add, p95 < 16 ms',
          withinBudget: verdict([ratio, 2]) && v.p95 < 16,
          extra: {
            p95: round(v.p95),
            baselineP95: round(b.p95),
            foldAfterClickMedian: round(summarise(fold).median),
            foldAfterClickP95: round(summarise(fold).p95),
            iterations: ITERATIONS,
            chromium: browserVersion(ext),
          },
        },
      ];
    } finally {
      await ext.close();
    }
  },
};
export default benchmark;
