/**
 * The sync server for benchmarks: the real Worker in workerd (wrangler's unstable_dev) with a local D1
 * persisted in a fresh temporary folder, migrations applied by the same command `npm start` uses.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { getPlatformProxy, unstable_dev } from 'wrangler';

const CONFIG = 'worker/wrangler.jsonc';
const env = { ...process.env, WRANGLER_SEND_METRICS: 'false', CI: 'true' };

export function freshState(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'toil-bench-'));
  execFileSync(
    'npx',
    ['wrangler', 'd1', 'migrations', 'apply', 'toil-tracker', '--local', '-c', CONFIG, '--persist-to', dir],
    {
      env,
      stdio: 'ignore',
    },
  );
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The setup secret of the benchmarks' Worker: POST /v1/teams needs it as the bearer token. */
export const BENCH_SETUP_TOKEN = randomBytes(32).toString('base64url');

export async function startWorker(dir: string) {
  return unstable_dev('worker/index.ts', {
    config: CONFIG,
    // Given here, so a developer's own worker/.dev.vars does not decide it.
    vars: { SETUP_TOKEN: BENCH_SETUP_TOKEN },
    persistTo: dir,
    ip: '127.0.0.1',
    logLevel: 'error',
    experimental: { disableExperimentalWarning: true },
  });
}

/** D1 of the same folder, straight from node (for seeding and for counting rows read). */
export async function openD1(dir: string) {
  const proxy = await getPlatformProxy<{ DB: D1Like }>({
    configPath: CONFIG,
    persist: { path: path.join(dir, 'v3') },
  });
  return { db: proxy.env.DB, dispose: () => proxy.dispose() };
}

/** The parts of the D1 binding the benchmarks use (the workers types are not loaded in node). */
export type D1Result = {
  results: Record<string, unknown>[];
  meta: { rows_read: number; rows_written: number; duration: number };
};
export type D1Statement = {
  bind(...values: unknown[]): D1Statement;
  run(): Promise<D1Result>;
  all(): Promise<D1Result>;
};
export type D1Like = {
  prepare(sql: string): D1Statement;
  batch(statements: D1Statement[]): Promise<D1Result[]>;
  exec(sql: string): Promise<unknown>;
};
