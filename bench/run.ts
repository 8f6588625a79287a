/**
 * `npm run bench`: runs every benchmark in bench/*.bench.ts, prints one line per figure ending in its
 * ratio to the baseline measured in the same run, and writes all figures to bench-results.json.
 * `npm run bench -- ranking` runs only the benchmarks whose file name contains "ranking".
 *
 * Each benchmark file runs in a process of its own (this script again, with --file), so that one
 * benchmark's heap and JIT state never tilt the next one's ratio.
 */
import { execFile } from 'node:child_process';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { type Benchmark, type BenchResult, mark } from './harness';

const here = import.meta.dirname;

function line(r: BenchResult): string {
  return `${mark(r).padEnd(4)} ${r.name}: ${r.value} ${r.unit} vs ${r.baselineName} ${r.baseline} ${r.unit} (budget ${r.budget}) ratio ${r.ratio}`;
}

/** Child: run one benchmark file and write its figures as JSON to `out`. */
async function runOne(file: string, out: string): Promise<void> {
  const mod = (await import(path.join(here, file))) as { default: Benchmark };
  const results = await mod.default.run();
  for (const r of results) console.log(line(r));
  await writeFile(out, JSON.stringify(results));
}

/** Whether a benchmark file measures the built extension (it reads .output, directly or through a copy). */
async function needsBuild(file: string): Promise<boolean> {
  return /extension-copy|\.output/.test(await readFile(path.join(here, file), 'utf8'));
}

/**
 * The browser and bundle benchmarks measure the built extension: build it from the current source first,
 * so a fresh clone can run them and no run ever measures a stale build.
 */
async function buildExtension(): Promise<void> {
  console.log('building the extension (wxt build) for the benchmarks that load it');
  await promisify(execFile)('npx', ['wxt', 'build'], {
    cwd: path.join(here, '..'),
    maxBuffer: 16 * 1024 * 1024,
    timeout: 5 * 60_000,
  });
}

/** Parent: every matching file in its own process, then bench-results.json. */
async function runAll(filter: string | undefined): Promise<void> {
  const files = (await readdir(here))
    .filter((f) => f.endsWith('.bench.ts') && (!filter || f.includes(filter)))
    .sort();
  if ((await Promise.all(files.map(needsBuild))).some(Boolean)) await buildExtension();
  const results: BenchResult[] = [];
  let failed = false;
  for (const file of files) {
    const out = path.join(os.tmpdir(), `toil-bench-${process.pid}-${file}.json`);
    try {
      const { stdout } = await promisify(execFile)(
        process.execPath,
        [...process.execArgv, import.meta.filename, '--file', file, out],
        { maxBuffer: 16 * 1024 * 1024, timeout: 15 * 60_000 },
      );
      process.stdout.write(
        stdout
          .split('\n')
          .filter((l) => /^(ok {2}|OVER|NOT MEASURED) /.test(l))
          .join('\n')
          .concat('\n'),
      );
      results.push(...(JSON.parse(await readFile(out, 'utf8')) as BenchResult[]));
    } catch (error) {
      failed = true;
      console.error(`FAIL ${file}:`, error);
    } finally {
      await rm(out, { force: true });
    }
  }
  const machine = { cpus: os.cpus().length, cpu: os.cpus()[0]?.model ?? 'unknown', node: process.version };
  const figures = results.map((r) => ({ ...r, machine }));
  await writeFile(path.join(here, '..', 'bench-results.json'), `${JSON.stringify(figures, null, 2)}\n`);
  console.log(`wrote bench-results.json (${results.length} figures)`);
  if (failed) process.exitCode = 1;
}

const [flag, file, out] = process.argv.slice(2);
if (flag === '--file' && file && out) await runOne(file, out);
else await runAll(flag);
