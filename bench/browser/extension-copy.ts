/**
 * A copy of the built extension (.output/chrome-mv3) with bench-only pages added, loaded into Debian's
 * Chromium through playwright-core. The product build itself is never changed: the bench pages live in
 * the copy only, next to the real popup.html, in the same extension origin (same IndexedDB).
 */
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../tests/e2e/browser';

const root = path.resolve(import.meta.dirname, '../..');
export const builtExtension = path.join(root, '.output/chrome-mv3');

export type BenchExtension = {
  context: BrowserContext;
  extensionId: string;
  dir: string;
  open(file: string): Promise<Page>;
  close(): Promise<void>;
};

const html = (script: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title></head><body><div id="app"></div><script type="module" src="./${script}"></script></body></html>`;

/** The built extension must exist; it is what users get (`npm run bench` builds it first). */
export async function assertBuilt(): Promise<Date> {
  if (!existsSync(path.join(builtExtension, 'manifest.json'))) {
    throw new Error('No .output/chrome-mv3: run `npm run bench` (it builds first) or `npx wxt build`.');
  }
  return (await stat(path.join(builtExtension, 'manifest.json'))).mtime;
}

export async function launchBenchExtension(): Promise<BenchExtension> {
  await assertBuilt();
  const dir = await mkdtemp(path.join(tmpdir(), 'toil-bench-ext-'));
  const profile = await mkdtemp(path.join(tmpdir(), 'toil-bench-profile-'));
  await cp(builtExtension, dir, { recursive: true });
  await build({
    entryPoints: {
      'bench-db': path.join(import.meta.dirname, 'pages/db-page.ts'),
      'bench-empty': path.join(import.meta.dirname, 'pages/empty-preact.tsx'),
    },
    outdir: dir,
    bundle: true,
    minify: true,
    format: 'esm',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    logLevel: 'error',
  });
  await writeFile(path.join(dir, 'bench-db.html'), html('bench-db.js'));
  await writeFile(path.join(dir, 'bench-empty.html'), html('bench-empty.js'));
  JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8'));

  const context = await chromium.launchPersistentContext(profile, {
    headless: true,
    executablePath: chromiumPath,
    args: chromiumArgs(dir),
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    dir,
    async open(file) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${file}`);
      return page;
    },
    async close() {
      await context.close();
      await Promise.all([
        rm(dir, { recursive: true, force: true }),
        rm(profile, { recursive: true, force: true }),
      ]);
    },
  };
}

/** Chromium's version string, for the report. */
export function browserVersion(ext: BenchExtension): string {
  return ext.context.browser()?.version() ?? 'unknown';
}
