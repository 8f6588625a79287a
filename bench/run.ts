/**
 * `npm run bench`: runs every benchmark in bench/*.bench.ts, prints one line per figure ending in its
 * ratio to the baseline measured in the same run, and writes all figures to bench-results.json.
 * `npm run bench -- ranking` runs only the benchmarks whose file name contains "ranking".
 */
import { readdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Benchmark, BenchResult } from './harness';

const here = import.meta.dirname;
const filter = process.argv[2];
const files = (await readdir(here))
  .filter((f) => f.endsWith('.bench.ts') && (!filter || f.includes(filter)))
  .sort();

const results: BenchResult[] = [];
let failed = false;
for (const file of files) {
  const mod = (await import(path.join(here, file))) as { default: Benchmark };
  try {
    for (const r of await mod.default.run()) {
      results.push(r);
      const mark = r.withinBudget ? 'ok  ' : 'OVER';
      console.log(
        `${mark} ${r.name}: ${r.value} ${r.unit} vs ${r.baselineName} ${r.baseline} ${r.unit} (budget ${r.budget}) ratio ${r.ratio}`,
      );
    }
  } catch (error) {
    failed = true;
    console.error(`FAIL ${file}:`, error);
  }
}

const machine = { cpus: os.cpus().length, cpu: os.cpus()[0]?.model ?? 'unknown', node: process.version };
await writeFile(
  path.join(here, '..', 'bench-results.json'),
  `${JSON.stringify(
    results.map((r) => ({ ...r, machine })),
    null,
    2,
  )}\n`,
);
console.log(`wrote bench-results.json (${results.length} figures)`);
if (failed) process.exitCode = 1;
