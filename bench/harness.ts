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
  /** Whether the figures meet the budget. */
  withinBudget: boolean;
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

export function round(n: number, digits = 3): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}
