/**
 * The benchmark harness behind `npm run bench`. Every benchmark measures its own baseline in the same
 * run and reports the ratio to it: absolute times drift on shared machines, ratios much less.
 */

export type BenchResult = {
  /** Stable name, e.g. "rank 100k occurrences". */
  name: string;
  /** The measured figure (median unless the name says otherwise). */
  value: number;
  unit: 'ms' | 'KB' | 'rows' | 'x';
  /** The same figure for the baseline, measured in the same run. */
  baseline: number;
  baselineName: string;
  /** value / baseline. */
  ratio: number;
  /** The budget this benchmark is held to, in words a reader can check. */
  budget: string;
  /**
   * Whether the figures meet the budget; null when a figure the budget needs was not measured (a missing
   * baseline is never read as over budget).
   */
  withinBudget: boolean | null;
  /** Any extra figures worth keeping (p95, sizes, counts). */
  extra?: Record<string, number | string>;
};

export type Benchmark = { name: string; run(): Promise<BenchResult[]> };

export type Timing = { median: number; p95: number; min: number; samples: number[] };

/** Runs fn `warmup` times unmeasured, then `iterations` times, and returns the timing percentiles. */
export async function time(fn: () => unknown, iterations = 30, warmup = 5): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  return summarise(samples);
}

export function summarise(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
  return { median: at(0.5), p95: at(0.95), min: sorted[0] ?? Number.NaN, samples: sorted };
}

/**
 * The verdict on ratios held to their ceilings: null when any was not measured (not a finite number),
 * else whether every one is within its ceiling.
 */
export function verdict(...checks: [ratio: number, max: number][]): boolean | null {
  if (checks.some(([ratio]) => !Number.isFinite(ratio))) return null;
  return checks.every(([ratio, max]) => ratio <= max);
}

/** The mark a figure's line starts with in `npm run bench`'s output. */
export const mark = (r: Pick<BenchResult, 'withinBudget'>) =>
  r.withinBudget === null ? 'NOT MEASURED' : r.withinBudget ? 'ok' : 'OVER';

export function round(n: number, digits = 3): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}
